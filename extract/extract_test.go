package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func f(v float64) *float64 { return &v }

// want is the part of a claim a table test checks; zero fields are not
// checked unless named in check.
type want struct {
	category, actor, bound, status, per, likelihood, source string
	low, high                                               *float64
	approx                                                  bool
	start, end                                              string
}

func run(t *testing.T, text, published, source string) []attrition.Claim {
	t.Helper()
	x := New(Options{Published: attrition.MustDate(published), Source: source, URL: "test:"})
	cs, err := x.Extract([]byte(text))
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	for i := range cs {
		c := cs[i]
		if err := c.Validate(); err != nil {
			t.Errorf("claim %d of %q does not validate: %v", i, text, err)
		}
		if text[c.Span[0]:c.Span[1]] != c.Quote {
			t.Errorf("span %v of %q is %q, quote %q", c.Span, text, text[c.Span[0]:c.Span[1]], c.Quote)
		}
	}
	return cs
}

func numEq(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// find returns the claim of the given category and low/high.
func find(cs []attrition.Claim, w want) *attrition.Claim {
	for i := range cs {
		c := &cs[i]
		if c.Category == w.category && numEq(c.Low, w.low) && numEq(c.High, w.high) {
			return c
		}
	}
	return nil
}

func check(t *testing.T, text string, c *attrition.Claim, w want) {
	t.Helper()
	if c == nil {
		t.Errorf("%q: no %s claim [%v, %v]", text, w.category, fmtp(w.low), fmtp(w.high))
		return
	}
	// "" leaves a field unchecked; "-" wants it empty.
	eq := func(field, got, want string) {
		if want == "-" {
			want = ""
		} else if want == "" {
			return
		}
		if got != want {
			t.Errorf("%q: %s = %q, want %q", text, field, got, want)
		}
	}
	eq("actor", c.Actor, w.actor)
	eq("bound", c.Bound, w.bound)
	eq("status", c.Status, w.status)
	eq("per", c.Per, w.per)
	eq("likelihood", c.Likelihood, w.likelihood)
	eq("source", c.Source, w.source)
	eq("period_start", c.PeriodStart.String(), w.start)
	eq("period_end", c.PeriodEnd.String(), w.end)
	if w.approx && !c.Approx {
		t.Errorf("%q: approx = false, want true", text)
	}
}

func fmtp(p *float64) string {
	if p == nil {
		return "null"
	}
	b, _ := json.Marshal(*p)
	return string(b)
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		text string
		low  *float64
		high *float64
	}{
		{"The army lost 1,000,000 soldiers killed.", f(1e6), f(1e6)},
		{"The army lost 1 000 000 soldiers killed.", f(1e6), f(1e6)},
		{"The army lost 1.000.000 soldiers killed.", f(1e6), f(1e6)},
		{"Some 1.2 million soldiers were killed or wounded.", f(1.2e6), f(1.2e6)},
		{"Some 1.2m soldiers were killed or wounded.", f(1.2e6), f(1.2e6)},
		{"Russian casualties reached 1.023 million.", f(1023000), f(1023000)},
		{"About 40k soldiers were killed.", f(40000), f(40000)},
		{"About 1,5 thousand soldiers were killed.", f(1500), f(1500)},
		{"One million soldiers were killed or wounded.", f(1e6), f(1e6)},
		// Swiss thousands marks; a glued half.
		{"Russia has lost 1'000'000 soldiers killed since the invasion.", f(1e6), f(1e6)},
		{"Russia has suffered 1½ million casualties.", f(1.5e6), f(1.5e6)},
		// American ways of saying round figures.
		{"Russia has lost a quarter million soldiers killed.", f(250000), f(250000)},
		{"Russia has suffered a half million casualties.", f(500000), f(500000)},
		{"Russia has suffered a half-million casualties.", f(500000), f(500000)},
		{"Russia has suffered three-quarter million casualties.", f(750000), f(750000)},
		{"Ukraine has suffered a couple hundred thousand casualties.", f(200000), f(200000)},
		{"A couple of dozen soldiers died in the ambush.", f(24), f(24)},
		{"A score of Houthi fighters were killed on Wednesday.", f(20), f(20)},
		{"Two hundred and fifty thousand soldiers were killed.", f(250000), f(250000)},
		{"A quarter of a million soldiers were killed.", f(250000), f(250000)},
		{"Half a million soldiers were wounded.", f(500000), f(500000)},
		{"A dozen soldiers were killed.", f(12), f(12)},
		{"Twenty-five soldiers were killed.", f(25), f(25)},
		{"One and a half million soldiers were killed or wounded.", f(1.5e6), f(1.5e6)},
		{"Dozens of soldiers were killed.", f(12), nil},
		{"Hundreds of soldiers were killed.", f(100), nil},
		{"Thousands of soldiers were killed.", f(1000), nil},
		{"Tens of thousands of soldiers were killed.", f(10000), nil},
		{"Hundreds of thousands of soldiers were killed or wounded.", f(100000), nil},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 {
			t.Errorf("%q: %d claims, want 1: %+v", tt.text, len(cs), cs)
			continue
		}
		if !numEq(cs[0].Low, tt.low) || !numEq(cs[0].High, tt.high) {
			t.Errorf("%q: [%s, %s], want [%s, %s]", tt.text, fmtp(cs[0].Low), fmtp(cs[0].High), fmtp(tt.low), fmtp(tt.high))
		}
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1,000", 1000, true}, {"1,000,000", 1e6, true}, {"1.000.000", 1e6, true}, {"1.2", 1.2, true},
		{"1,5", 1.5, true}, {"1,234.5", 1234.5, true}, {"1.234,5", 1234.5, true}, {"1 000 000", 1e6, true},
		{"24.02.2022", 0, false}, {"12,34,567", 0, false}, {"1234,567", 0, false}, {"007", 7, true},
	}
	for _, tt := range tests {
		got, _, ok := parseDigits(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("parseDigits(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestParseDigitsRounding checks the exact arithmetic of parseDigits
// against strconv on decimals of every length it computes itself.
func TestParseDigitsRounding(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		ip := strconv.FormatUint(r.Uint64N(1_000_000), 10)
		fp := strconv.FormatUint(r.Uint64N(1_000_000_000), 10)
		in := ip + "." + fp
		want, err := strconv.ParseFloat(in, 64)
		if err != nil {
			t.Fatal(err)
		}
		if got, dec, ok := parseDigits(in); !ok || !dec || got != want {
			t.Fatalf("parseDigits(%q) = %v, %v, %v; want %v", in, got, dec, ok, want)
		}
	}
}

func TestShapes(t *testing.T) {
	tests := []struct {
		text string
		w    want
	}{
		{"Russia lost between 400,000 and 500,000 troops killed.", want{category: "killed", low: f(400000), high: f(500000), bound: "range"}},
		// Negated limits: "never exceeded" is at most, "had not reached"
		// below.
		{"Ukrainian casualties never exceeded 1,000 a day, the official said.", want{category: "casualties", high: f(1000), bound: "at_most"}},
		{"The Kremlin said its losses had not reached 5,000.", want{category: "casualties", high: f(5000), bound: "fewer_than"}},
		{"Russia lost 400,000–500,000 troops killed.", want{category: "killed", low: f(400000), high: f(500000), bound: "range"}},
		// The same count in another year, after "but only".
		{"Russia lost 90 aircraft in 2022 but only 20 in 2024.", want{category: "equipment:aircraft", low: f(20), high: f(20), actor: "Russia"}},
		// Another's figure for the same count, after a contrast.
		{"Oryx puts Russian tank losses at 3,900, while the General Staff puts the figure at 10,900.", want{category: "equipment:tanks", low: f(10900), high: f(10900), actor: "Russia"}},
		{"Kyiv says Moscow has lost more than 400 aircraft; independent analysts put the figure closer to 130.", want{category: "equipment:aircraft", low: f(130), high: f(130), actor: "Russia"}},
		// A toll that approaches a figure is near it.
		{"Gaza death toll approaches 56,000", want{category: "killed", high: f(56000), bound: "fewer_than", approx: true}},
		// A central figure and its margin.
		{"The number of killed Ukrainian soldiers is estimated at 46,000 ± 5,000.", want{category: "killed", low: f(41000), high: f(51000), bound: "range"}},
		// A spoken range of digits with "or"; not two far apart.
		{"Zelensky said Russia lost around 600,000 or 700,000 wounded.", want{category: "wounded", low: f(600000), high: f(700000), bound: "range"}},
		{"He said Russia had lost 600 or 700 thousand wounded.", want{category: "wounded", low: f(600000), high: f(700000), bound: "range"}},
		{"Some 20 or 30 soldiers were killed.", want{category: "killed", low: f(20), high: f(30), bound: "range"}},
		{"The strike killed 5, or 500 by other counts.", want{category: "killed", low: f(5), high: f(5), bound: "point"}},
		{"Russia lost from 40,000 to 60,000 troops killed.", want{category: "killed", low: f(40000), high: f(60000), bound: "range"}},
		{"Russian deaths at Avdiivka were greater than 16,000.", want{category: "killed", low: f(16000), bound: "more_than"}},
		{"Estimates of Russian dead range from 95,000 to as many as 250,000.", want{category: "killed", low: f(95000), high: f(250000), bound: "range", actor: "Russia"}},
		{"The number of Ukrainian soldiers killed ranges from 60,000 to 100,000.", want{category: "killed", low: f(60000), high: f(100000), bound: "range", actor: "Ukraine"}},
		{"Russian tank losses are probably no higher than 5,000.", want{category: "equipment:tanks", high: f(5000), bound: "at_most", likelihood: "probably"}},
		{"Between 1 and 1.2 million Russian soldiers were killed or wounded.", want{category: "casualties", low: f(1e6), high: f(1.2e6), bound: "range"}},
		// A floor and a doubtful ceiling make one range.
		{"Western officials estimate that at least 60,000 and possibly as many as 100,000 Ukrainian soldiers have been killed.", want{category: "killed", low: f(60000), high: f(100000), bound: "range"}},
		// Number words: the range's "and" adds nothing; the low end
		// takes the high's whole multiplier.
		{"Between one and three million Vietnamese were killed.", want{category: "killed", low: f(1e6), high: f(3e6), bound: "range"}},
		{"Russia has suffered between two and three hundred thousand casualties.", want{category: "casualties", low: f(200000), high: f(300000), bound: "range"}},
		{"More than 700,000 Russian soldiers were killed or wounded.", want{category: "casualties", low: f(700000), bound: "more_than"}},
		{"Over 700,000 Russian soldiers were killed or wounded.", want{category: "casualties", low: f(700000), bound: "more_than"}},
		{"At least 5,000 Russian soldiers were killed.", want{category: "killed", low: f(5000), bound: "at_least"}},
		{"Russia has lost upwards of 8,200 servicemen.", want{category: "casualties", low: f(8200), bound: "more_than"}},
		{"Russia has lost some 600,000-odd troops.", want{category: "casualties", low: f(600000), high: f(600000), bound: "point", approx: true}},
		// A floor, then a higher guess in an aside before the verb.
		{"At least 5,000 Russian soldiers, and perhaps as many as 8,000, were killed in May.", want{category: "killed", low: f(5000), bound: "at_least"}},
		{"At least 5,000 Russian soldiers, and perhaps as many as 8,000, were killed in May.", want{category: "killed", high: f(8000), bound: "at_most"}},
		// A heading that opens hedged hedges the figures after its colon.
		{"Approximate Russian losses as of 12 June: personnel – 1,001,400.", want{category: "casualties", low: f(1001400), high: f(1001400), bound: "point", approx: true}},
		// A milestone crossed, in digits or words.
		{"Russian casualties passed the 1 million mark.", want{category: "casualties", low: f(1e6), bound: "more_than"}},
		{"Russian casualties topped the one million mark this week.", want{category: "casualties", low: f(1e6), bound: "more_than"}},
		{"The death toll in Lebanon has climbed past 4,000.", want{category: "killed", low: f(4000), bound: "more_than"}},
		{"Up to 5,000 Russian soldiers were killed.", want{category: "killed", high: f(5000), bound: "at_most"}},
		{"As many as 5,000 Russian soldiers were killed.", want{category: "killed", high: f(5000), bound: "at_most"}},
		{"Fewer than 5,000 Russian soldiers were killed.", want{category: "killed", high: f(5000), bound: "fewer_than"}},
		{"Nearly 5,000 Russian soldiers were killed.", want{category: "killed", high: f(5000), bound: "fewer_than", approx: true}},
		{"Almost 10,000 Ukrainian civilians have been killed.", want{category: "killed", high: f(10000), bound: "fewer_than", approx: true}},
		// A share hedged so keeps its whole's shape: nearly half of 800.
		{"At least 800 people were killed, nearly half of them children.", want{category: "killed", low: f(800), bound: "at_least"}},
		{"Close to 400,000 Russian soldiers were killed or wounded.", want{category: "casualties", low: f(400000), high: f(400000), bound: "point", approx: true}},
		{"Approximately 5,000 Russian soldiers were killed.", want{category: "killed", low: f(5000), high: f(5000), approx: true}},
		{"An estimated 5,000 Russian soldiers were killed.", want{category: "killed", low: f(5000), high: f(5000), approx: true}},
		{"Roughly 5,000 Russian soldiers were killed.", want{category: "killed", low: f(5000), high: f(5000), approx: true}},
		{"Russia has lost in the neighbourhood of 5,000 soldiers killed.", want{category: "killed", low: f(5000), high: f(5000), approx: true}},
		{"Somewhere around 5,000 Russian soldiers were killed.", want{category: "killed", low: f(5000), high: f(5000), approx: true}},
		{"5,000 or more Russian soldiers were killed.", want{category: "killed", low: f(5000), bound: "at_least"}},
		{"Casualties: 50,423+ killed, 114,638+ wounded (Gaza Health Ministry)", want{category: "killed", low: f(50423), bound: "at_least"}},
		{"Russian casualties rose from 500 to 1,000.", want{category: "casualties", low: f(1000), high: f(1000), bound: "point"}},
		{"Russia's losses are almost certainly not below 600,000.", want{category: "casualties", high: f(600000), bound: "fewer_than", likelihood: "almost certainly not"}},
		{"Russia's losses are not below 600,000.", want{category: "casualties", low: f(600000), bound: "at_least"}},
		{"Russian deaths have passed 100,000.", want{category: "killed", low: f(100000), bound: "more_than"}},
		{"Killed, confirmed by name: 78 123", want{category: "killed", low: f(78123), bound: "at_least"}},
		{"The local toll was just shy of 300 dead.", want{category: "killed", high: f(300), bound: "fewer_than", approx: true}},
		// A list by name is a floor of the dead, not of the missing it
		// names beside them; a figure its compiler calls a minimum of
		// names, and a lister's "confirmed deaths" later on, are floors;
		// the rest of a whole beside the identified part is not.
		{"The volunteer project, which records the dead by name, has counted 84,200 killed servicemen and 79,500 listed as missing.", want{category: "missing", low: f(79500), high: f(79500), bound: "point"}},
		{"Security forces have killed 2,940 people, a figure the group calls a minimum because it counts only deaths confirmed by name.", want{category: "killed", low: f(2940), bound: "at_least"}},
		{"The outlet has established the names of 109,120 soldiers who died. Bashkortostan has the most confirmed deaths, 5,214.", want{category: "killed", low: f(5214), bound: "at_least"}},
		{"The breakdown covers only the 24,686 dead who had been fully identified.", want{category: "killed", low: f(24686), bound: "at_least"}},
		{"Of those dead, 34,344 had been fully identified, the ministry said; the remaining 11,662 are people whose deaths were reported by relatives.", want{category: "killed", low: f(11662), high: f(11662), bound: "point"}},
		// A footnote in brackets ends its sentence: the next one's "by
		// name" is not this one's.
		{"Zelensky said 43,000 soldiers had been killed.[45] The project has recorded 70,000 soldiers killed by name.", want{category: "killed", low: f(43000), high: f(43000), bound: "point"}},
		{"Russian losses may be as low as 400,000.", want{category: "casualties", low: f(400000), bound: "at_least"}},
		{"Russia has not lost fewer than 500,000 troops.", want{category: "casualties", low: f(500000), bound: "at_least"}},
		{"Russia has not lost more than 3,000 tanks.", want{category: "equipment:tanks", high: f(3000), bound: "at_most"}},
		// A figure its source calls a minimum; either of two statuses
		// is neither.
		{"AAPP says 6,231 people have been killed by the junta since the takeover, a figure it describes as a minimum.", want{category: "killed", low: f(6231), bound: "at_least"}},
		{"ISW assessed that at least 12 aircraft destroyed or damaged in the attack could not be replaced.", want{category: "equipment:aircraft", low: f(12), bound: "at_least", status: ""}},
		// A bracketed interval around an estimate, right after it or
		// after its noun.
		{"The survey put deaths at 41,000 (95% CI 35,100 to 47,900) in Gaza.", want{category: "killed", low: f(35100), high: f(47900), bound: "range"}},
		{"The survey estimates 41,000 deaths (95% uncertainty interval: 35,100-47,900) in Gaza.", want{category: "killed", low: f(35100), high: f(47900), bound: "range"}},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		check(t, tt.text, find(cs, tt.w), tt.w)
	}
}

func TestCategories(t *testing.T) {
	tests := []struct {
		text string
		w    want
	}{
		{"1,000 Russian soldiers were killed.", want{category: "killed", low: f(1000), high: f(1000), actor: "Russia"}},
		{"1,000 Russian soldiers lost their lives.", want{category: "killed", low: f(1000), high: f(1000)}},
		// How the dead came to serve is no headcount.
		{"Some 11,000 mobilised Russian soldiers have been killed.", want{category: "killed", low: f(11000), high: f(11000), actor: "Russia"}},
		{"Mediazona has confirmed the deaths of 11,000 mobilised Russian soldiers.", want{category: "killed", low: f(11000), high: f(11000), actor: "Russia"}},
		// A headline's present "wounds" counts the wounded.
		{"Russian drone attack on Sumy kills one person and wounds three others.", want{category: "wounded", low: f(3), high: f(3)}},
		// A revision down: the figure now is the second.
		{"The ministry revised its count of civilian deaths from 12,000 to 8,000.", want{category: "killed", low: f(8000), high: f(8000)}},
		// The size of a change, as a share, between the noun and the
		// new total; a share then a count is no range.
		{"The death toll rose by 12% to 1,430, officials said.", want{category: "killed", low: f(1430), high: f(1430)}},
		{"Civilian deaths climbed 15 percent to 2,300 in May.", want{category: "killed", low: f(2300), high: f(2300)}},
		{"Russian losses rose by 20 per cent to 1,500 in May.", want{category: "casualties", low: f(1500), high: f(1500), actor: "Russia"}},
		// "N were among the M killed": a part of a whole with its figure.
		{"At least 133 journalists were among the more than 45,000 people killed in Gaza.", want{category: "killed", low: f(133), bound: "at_least"}},
		// A share lost of a side's strength counts the share, not the
		// strength.
		{"Russia has lost a quarter of its 400,000 troops.", want{category: "casualties", low: f(100000), high: f(100000), actor: "Russia"}},
		// A figure in brackets after its loss noun and place.
		{"Russian fatalities in Ukraine (about 150,000) are rising.", want{category: "killed", low: f(150000), high: f(150000), actor: "Russia"}},
		// Two peoples' names before one noun.
		{"About 400,000 Chinese and North Korean troops were killed.", want{category: "killed", low: f(400000), high: f(400000), actor: "-"}},
		// The UN's words for children killed and maimed.
		{"In 2024, the UN verified the killing and maiming of 1,282 children in DR Congo.", want{category: "casualties", low: f(1282), high: f(1282), actor: "DR Congo"}},
		{"The UN verified the maiming of 870 children in Sudan in 2024.", want{category: "wounded", low: f(870), high: f(870)}},
		// A tally's change in brackets with a window of two days.
		{"55,104 killed (+120 in the past 48 hours).", want{category: "killed", low: f(120), high: f(120)}},
		// The same count of another side, after a semicolon.
		{"Ukraine lost 300 troops; Russia 1,200.", want{category: "casualties", low: f(1200), high: f(1200), actor: "Russia"}},
		// The end of a change told with its times is the same count.
		{"Civilian casualties in Sudan fell from 340 in May to 304 in June.", want{category: "casualties", low: f(304), high: f(304), actor: "Sudan (civilians)"}},
		// Equipment handed over is no loss; the part of it lost is.
		{"Denmark has handed over 19 F-16 jets to Ukraine, three of which have been lost.", want{category: "equipment:aircraft", low: f(3), high: f(3), actor: "Ukraine"}},
		// A part lost of a whole after it: the whole's equipment; a
		// side's strength after the part is no loss.
		{"Ukraine has lost 200 of the more than 300 Bradleys it received.", want{category: "equipment:armoured_vehicles", low: f(200), high: f(200), actor: "Ukraine"}},
		// A figure given as what an estimate or total is, after a
		// question or a sentence that named the loss.
		{"How many Russian soldiers have died? The best independent estimate is about 220,000.", want{category: "killed", low: f(220000), high: f(220000), actor: "Russia"}},
		{"Ukraine's General Staff publishes a daily count of Russian personnel losses. The total, as of Monday, stood at 998,000.", want{category: "casualties", low: f(998000), high: f(998000), actor: "Russia"}},
		// "80 out of 96": the part downed, not the whole launched.
		{"Ukraine's air force said it had downed 80 out of 96 Russian drones overnight.", want{category: "equipment:drones", low: f(80), high: f(80), actor: "Russia"}},
		// Missiles and drones by their names alone.
		{"Ukraine shot down 12 Kalibrs and 4 Iskanders overnight.", want{category: "equipment:missiles", low: f(4), high: f(4), actor: "Russia"}},
		{"Ukraine shot down 30 Shaheds and 5 Geran-2s overnight.", want{category: "equipment:drones", low: f(5), high: f(5), actor: "Russia"}},
		// Demographers' excess mortality is a count of deaths.
		{"Excess mortality in Gaza is estimated at 8,540.", want{category: "killed", low: f(8540), high: f(8540), actor: "Palestinians in Gaza"}},
		// The deed the dead are of, between their noun and the verb.
		{"The number of dead from the massacre rose to 64.", want{category: "killed", low: f(64), high: f(64)}},
		// A hospital that received bodies counts the dead.
		{"Nasser Hospital said it had received the bodies of 17 people.", want{category: "killed", low: f(17), high: f(17)}},
		{"Of the 31 Abrams tanks the US sent, Ukraine has lost at least 20.", want{category: "equipment:tanks", low: f(20), actor: "Ukraine"}},
		// A share of the equipment and the weapon it was lost to.
		{"Russia has lost 3,000 tanks, 1,500 of them to drones.", want{category: "equipment:tanks", low: f(1500), high: f(1500), actor: "Russia"}},
		// Soviet and Russian usage: the wounded and sick evacuated.
		{"Russian sanitary losses over the past day amounted to 708 servicemen.", want{category: "wounded", low: f(708), high: f(708), actor: "Russia"}},
		// Prosecutors count a cartel war's homicides and disappearances.
		{"The state has recorded more than 1,800 homicides and nearly 2,000 disappearances.", want{category: "missing", high: f(2000), bound: "fewer_than"}},
		// The missing whose fate is unknown or who lie under rubble.
		{"Two people were killed. The fate of 12 people remains unknown.", want{category: "missing", low: f(12), high: f(12)}},
		{"Two people were killed and 20 are believed to be under the rubble.", want{category: "missing", low: f(20), high: f(20)}},
		// A civil service's personnel are civilians, no army's.
		{"The number of medical personnel killed in Gaza has reached 1,402.", want{category: "killed", low: f(1402), high: f(1402), actor: "Palestinians in Gaza"}},
		{"113 civil defence personnel have been killed since October 2023.", want{category: "killed", low: f(113), high: f(113)}},
		// A share of the population in an aside between the people and
		// their verb.
		{"Some 400,000 Russians, about 0.3% of the population, have been killed or wounded.", want{category: "casualties", low: f(400000), high: f(400000), actor: "Russia"}},
		// A quoted phrase of the figure and its people, the verb after
		// the closing mark.
		{"He said \"300 Houthi fighters\" had been killed.", want{category: "killed", low: f(300), high: f(300), actor: "Houthis"}},
		// South Asia's and the Sahel's words for killing and for people.
		{"Troops sent 8 terrorists to hell, the ISPR said.", want{category: "killed", low: f(8), high: f(8)}},
		{"Gunmen gunned down 12 villagers in Benue on Sunday.", want{category: "killed", low: f(12), high: f(12)}},
		{"Three jawans were killed in an IED blast in Bijapur on Monday.", want{category: "killed", low: f(3), high: f(3)}},
		// An age limit after the people is no figure; a headline's
		// "injures" counts the wounded.
		{"Mediazona estimated that around 120,000 Russian men under 50 had died in the war by the end of 2023.", want{category: "killed", low: f(120000), high: f(120000), actor: "Russia"}},
		{"Russian strike on Zaporizhzhia kills 3, injures 12.", want{category: "wounded", low: f(12), high: f(12)}},
		// A few modifiers and a name before the people.
		{"Seven suspected Boko Haram fighters were killed in Borno on Saturday.", want{category: "killed", low: f(7), high: f(7), actor: "Boko Haram"}},
		{"Seven heavily armed bandits were killed in Zamfara on Saturday.", want{category: "killed", low: f(7), high: f(7)}},
		// Insurgents a state's troops killed are no other state's.
		{"Indian troops killed 17 Maoists in Bijapur on Monday.", want{category: "killed", low: f(17), high: f(17), actor: "-"}},
		// The part of the equipment a sentence opens with, past the
		// auxiliaries of its verb.
		{"Of the 31 Abrams tanks delivered, 19 have been lost.", want{category: "equipment:tanks", low: f(19), high: f(19)}},
		{"Of the 31 Abrams tanks delivered, 19 have been destroyed.", want{category: "equipment:tanks", status: "destroyed", low: f(19), high: f(19)}},
		// Systems by their names, with the noun of their kind.
		{"Russia has lost some 20 S-400 systems.", want{category: "equipment:air_defence", low: f(20), high: f(20)}},
		{"Russia has lost 11 T-80BVMs and 30 BMD-4Ms.", want{category: "equipment:armoured_vehicles", low: f(30), high: f(30)}},
		// Reapers downed over Yemen are the US's.
		{"The Houthis have downed 22 MQ-9 Reapers since October 2023.", want{category: "equipment:drones", low: f(22), high: f(22), actor: "United States"}},
		// "tanks and other armoured fighting vehicles": armour.
		{"Since the beginning of the operation, 23,867 tanks and other armoured fighting vehicles have been destroyed.", want{category: "equipment:armoured_vehicles", low: f(23867), high: f(23867)}},
		// An encyclopedia's references between a figure and its noun.
		{"Ukraine has lost 1,350[12] tanks since 2022.", want{category: "equipment:tanks", low: f(1350), high: f(1350), actor: "Ukraine"}},
		{"At least 12,300[citation needed] civilians had been killed in Ukraine by May 2025.", want{category: "killed", low: f(12300), bound: "at_least", actor: "Ukraine"}},
		// Ages between the people and their verb; the later ages of a
		// list are no figures.
		{"Two women aged 65 and 70 were killed.", want{category: "killed", low: f(2), high: f(2)}},
		{"Three people aged 34, 56 and 71 were injured.", want{category: "wounded", low: f(3), high: f(3)}},
		// "including the wounded" between commas defines the noun
		// before it.
		{"Russian casualties, including the wounded, are estimated at 700,000.", want{category: "casualties", low: f(700000), high: f(700000), actor: "Russia"}},
		// Who some of the dead counted before were: no force's size.
		{"Mediazona has confirmed the names of 106,745 Russian servicemen killed in Ukraine. Of these, 17,200 were mobilised men.", want{category: "killed", low: f(17200), bound: "at_least", actor: "Russia"}},
		{"Mediazona has confirmed the names of 106,745 Russian servicemen killed in Ukraine. The list includes 19,850 former prisoners.", want{category: "killed", low: f(19850), bound: "at_least", actor: "Russia"}},
		{"Mediazona has confirmed the names of 106,745 Russian servicemen killed in Ukraine. Of the dead, 9,000 were volunteers who signed contracts.", want{category: "killed", low: f(9000), bound: "at_least", actor: "Russia"}},
		// Two sides' figures share the noun and verb after the second,
		// whatever bound the second has.
		{"Some 80,000 Ukrainian and 200,000 Russian soldiers have been killed.", want{category: "killed", low: f(80000), high: f(80000), actor: "Ukraine"}},
		{"About 80,000 Ukrainian soldiers and as many as 200,000 Russian soldiers have been killed.", want{category: "killed", low: f(80000), high: f(80000), actor: "Ukraine"}},
		{"Oryx counts 3,000 Russian and 1,000 Ukrainian tanks destroyed.", want{category: "equipment:tanks", low: f(3000), high: f(3000), actor: "Russia"}},
		{"The strike killed two adults and injured eight civilians in Kyiv on 8 July.", want{category: "killed", low: f(2), high: f(2), actor: "Ukraine"}},
		// "The total has reached" after a month's losses: a running total.
		{"Russia suffered 45,000 casualties in May. The total has likely reached 850,000.", want{category: "casualties", low: f(850000), high: f(850000), start: "2022-02-24", end: "2025-06-12"}},
		// The start that opens the sentence over "in the fighting".
		{"Myanmar's military said that, since October 2024, 1,500 soldiers had been killed and 4,200 wounded in the fighting in northern Shan.", want{category: "wounded", low: f(4200), high: f(4200), start: "2024-10-01", end: "2025-06-12"}},
		// A comparison is of the whole, not of its last part in brackets.
		{"In May 2025, HRMMU recorded 1,019 civilian casualties (183 killed and 836 injured) in Ukraine, up from 848 in April.", want{category: "casualties", low: f(848), high: f(848), start: "2025-04-01", end: "2025-04-30"}},
		// A breakdown "N of them" between the whole and its verb.
		{"Twenty-seven people, 10 of them children, were killed in an Israeli strike in Gaza City.", want{category: "killed", low: f(27), high: f(27)}},
		// A bare toll brought up by casualties is of casualties.
		{"In 2025, Russian forces suffered more than 400,000 casualties, bringing the cumulative toll to roughly 1.2 million.", want{category: "casualties", low: f(1200000), high: f(1200000)}},
		// "bringing to more than 150 the number killed since early May".
		{"Rebels killed at least 40 people on Friday, bringing to more than 150 the number killed since early May.", want{category: "killed", low: f(150), bound: "more_than", start: "2025-05-01"}},
		// "the same period last year", "a year ago", "the previous
		// quarter": the period before, one unit back.
		{"Russia lost 380 tanks in the first quarter, compared with 890 in the same period last year.", want{category: "equipment:tanks", low: f(890), high: f(890), start: "2024-01-01", end: "2024-03-31"}},
		{"Russia lost 41,000 personnel in March, up from 31,000 a year ago.", want{category: "casualties", low: f(31000), high: f(31000), start: "2024-03-01", end: "2024-03-31"}},
		{"ACLED recorded 2,150 fatalities in Myanmar in the first quarter of 2024, up from 1,700 in the previous quarter.", want{category: "killed", low: f(1700), high: f(1700), start: "2023-10-01", end: "2023-12-31"}},
		// A share "of them" after a breakdown in brackets is of the whole.
		{"HRMMU recorded 1,247 civilian casualties in Ukraine in September (214 killed, 1,033 injured), 88 per cent of them in Government-controlled territory.", want{category: "casualties", low: f(1097), high: f(1097)}},
		// "An average of N … every day": a rate, its unit at the end.
		{"An average of 28 children were killed in Gaza every day.", want{category: "killed", low: f(28), high: f(28), per: "day"}},
		// A week's or a month's losses are a rate, a share of them none.
		{"Russia's monthly losses are around 40,000.", want{category: "casualties", low: f(40000), high: f(40000), per: "month"}},
		{"Weekly losses exceeded 9,000 in May.", want{category: "casualties", low: f(9000), per: "week"}},
		// The rate after the second of two joined figures is the first's.
		{"On average, 7.7 civilians were killed and 44.8 injured every day in June in Ukraine.", want{category: "killed", low: f(7.7), high: f(7.7), per: "day"}},
		// A list's rate is each item's.
		{"In July, Russian forces lost an average of 1,000 personnel and 40 artillery systems a day.", want{category: "casualties", low: f(1000), high: f(1000), per: "day"}},
		// Slashes, "maimed", a wounded toll, bombers.
		{"1,500 North Korean troops killed/wounded in Kursk", want{category: "casualties", low: f(1500), high: f(1500), actor: "North Korea"}},
		{"UNICEF said 11,500 children had been killed or maimed in Yemen since March 2015.", want{category: "casualties", low: f(11500), high: f(11500)}},
		{"The UN verified 6,102 children maimed in Sudan in 2023.", want{category: "wounded", low: f(6102), high: f(6102)}},
		{"The strikes brought the wounded toll to 79,652.", want{category: "wounded", low: f(79652), high: f(79652)}},
		{"Ukraine's air force says it has shot down 12 Su-34 fighter-bombers since the start of 2024.", want{category: "equipment:aircraft", low: f(12), high: f(12), actor: "Russia"}},
		// Displaced people and migrants who were killed.
		{"More than 100 displaced people were killed in Zamzam camp over the weekend.", want{category: "killed", low: f(100), bound: "more_than"}},
		{"The strike killed 68 migrants on Monday.", want{category: "killed", low: f(68), high: f(68)}},
		{"More than 12 million people have fled, and 150,000 people have been killed.", want{category: "killed", low: f(150000), high: f(150000)}},
		// A part of equipment named in the clause before.
		{"Ukraine has received 31 Abrams tanks, of which about 20 have been lost.", want{category: "equipment:tanks", low: f(20), high: f(20), approx: true, actor: "Ukraine"}},
		{"Ukraine has received 31 Abrams tanks, of which 20 have been destroyed.", want{category: "equipment:tanks", status: "destroyed", low: f(20), high: f(20), actor: "Ukraine"}},
		// A passive after the clause's only figure gives its status.
		{"3 RSF tanks were captured, the army said.", want{category: "equipment:tanks", status: "captured", low: f(3), high: f(3)}},
		// Headlines' present tense; a model's variants are no figure.
		{"Ukraine downs 25 Shahed drones overnight", want{category: "equipment:drones", low: f(25), high: f(25), actor: "Russia"}},
		{"Ukraine captures 200 Russian soldiers in Kursk", want{category: "captured", low: f(200), high: f(200), actor: "Russia"}},
		{"Ukraine destroyed 18 of 20 Shahed-136/131 attack drones overnight.", want{category: "equipment:drones", status: "destroyed", low: f(18), high: f(18), actor: "Russia"}},
		// The noun left out of a second clause is the first's.
		{"Russia lost 4,000 tanks; Ukraine lost 1,200.", want{category: "equipment:tanks", low: f(1200), high: f(1200), actor: "Ukraine"}},
		// A figure compared with a rate is a rate of like size.
		{"Russian casualties averaged 1,286 a day in May, down from 1,523 in December.", want{category: "casualties", low: f(1523), high: f(1523), per: "day"}},
		// Systems by their names.
		{"Russia lost 60 Grad launchers.", want{category: "equipment:mlrs", low: f(60), high: f(60), actor: "Russia"}},
		{"Russia lost 30 MT-LBs and 12 Su-25s.", want{category: "equipment:aircraft", low: f(12), high: f(12), actor: "Russia"}},
		{"Russia lost 12 Pantsir systems.", want{category: "equipment:air_defence", low: f(12), high: f(12), actor: "Russia"}},
		{"Russia suffered 1,000 fatalities.", want{category: "killed", low: f(1000), high: f(1000)}},
		{"1,000 Ukrainian soldiers were wounded.", want{category: "wounded", low: f(1000), high: f(1000), actor: "Ukraine"}},
		{"1,000 Ukrainian soldiers were injured.", want{category: "wounded", low: f(1000), high: f(1000)}},
		{"1,000 Ukrainian soldiers are missing.", want{category: "missing", low: f(1000), high: f(1000)}},
		{"Ukraine took 1,000 Russian prisoners of war.", want{category: "captured", low: f(1000), high: f(1000), actor: "Russia"}},
		{"Ukraine said it had captured 215 Russian soldiers in the offensive, and would exchange them later.", want{category: "captured", low: f(215), high: f(215), actor: "Russia"}},
		// People of two kinds before their verb.
		{"Over 1,200 Israelis and foreign nationals have been killed in Israel.", want{category: "killed", low: f(1200), bound: "more_than", actor: "Israel"}},
		// A model with no noun after it is of the kind its letters name.
		{"Two Su-25s were shot down over the front, the army said.", want{category: "equipment:aircraft", low: f(2), high: f(2)}},
		{"Two F/A-18 Super Hornets were lost from the carrier.", want{category: "equipment:aircraft", low: f(2), high: f(2)}},
		// The status of a part of the equipment just counted.
		{"Analysts counted 255 tanks lost, 146 of them destroyed and 99 captured.", want{category: "equipment:tanks", status: "destroyed", low: f(146), high: f(146)}},
		// The side named after "lost by" is the loser.
		{"More than 400 tanks were lost by Russia in the offensive.", want{category: "equipment:tanks", low: f(400), bound: "more_than", actor: "Russia"}},
		// "its total" after a figure for the other side is that side's.
		{"Ukraine's General Staff put Russian losses at 1,180 over the past day, bringing its total to 931,540.", want{category: "casualties", low: f(931540), high: f(931540), actor: "Russia"}},
		// "among them N in …": a part of the people just counted.
		{"The IDF said 892 of its soldiers have fallen since the start of the war, among them 447 in the ground manoeuvre.", want{category: "killed", low: f(447), high: f(447), actor: "Israel"}},
		// Equipment after "in" is the means of a share's deaths.
		{"By our count, 157 soldiers and police officers were killed in 2025, roughly a quarter of them in drone attacks.", want{category: "killed", low: f(39), high: f(39)}},
		// A share of the dead, whatever the clause says of them.
		{"The warlord said that about 20,000 of his fighters were killed in the battle, roughly half of them recruits drawn from prisons.", want{category: "killed", low: f(10000), high: f(10000)}},
		// Those with the victims are people too.
		{"Medics said 212 patients and their relatives were shot dead at the clinic.", want{category: "killed", low: f(212), high: f(212)}},
		// A count's category across a clause after its figure.
		{"The army's toll in the offensive launched on 3 May rose to 118 with the deaths of four conscripts.", want{category: "killed", low: f(118), high: f(118)}},
		// A part of the dead named by community, or by what they were.
		{"The monitor said 902 people had been killed. Of those, 310 were soldiers and 44 were Circassians.", want{category: "killed", low: f(44), high: f(44)}},
		{"Volunteers have named 53,120 soldiers who died. Of those named, 6,204 were prisoners recruited from jails.", want{category: "killed", low: f(6204), bound: "at_least"}},
		// A verb held at arm's length.
		{"The army said troops had “neutralised” more than 60 insurgents near the border.", want{category: "killed", low: f(60), bound: "more_than"}},
		// Parts of equipment told by where they fell.
		// A verb of saying closes a part's clause: a launch told after it
		// vetoes nothing of the part.
		{"Russian strikes overnight killed four people in Kharkiv and two in the Zaporizhzhia region, officials said Sunday, as Moscow launched 145 drones at Ukraine.", want{category: "killed", low: f(2), high: f(2)}},
		// "others" after equipment counted in the sentence are more of
		// it, not people.
		{"Ukraine's air force said it shot down 85 of the drones overnight, while 50 others were lost to electronic jamming.", want{category: "equipment:drones", low: f(50), high: f(50), start: "2025-06-11"}},
		// A rate told "on average every day".
		{"Last month, 1,420 Russian soldiers were killed on average every day.", want{category: "killed", low: f(1420), high: f(1420), per: "day"}},
		// "went missing": the verb before the category.
		{"Up to 400 soldiers went missing in the fighting.", want{category: "missing", high: f(400), bound: "at_most"}},
		// Designations the lexicon names, read as the tokenizer splits
		// them ("t", "-", "72", "s").
		{"Ukrainian forces destroyed 12 T-72s near Bakhmut.", want{category: "equipment:tanks", low: f(12), high: f(12)}},
		{"Russia lost 40 BMP-2s in the assault.", want{category: "equipment:armoured_vehicles", low: f(40), high: f(40)}},
		// A list of statuses is any of them: none.
		{"Oryx lists 3,700 Russian tanks destroyed, damaged, abandoned or captured.", want{category: "equipment:tanks", low: f(3700), high: f(3700), status: "-"}},
		// Equipment's verb, of people when people follow it.
		{"Between 1 and 7 March the Defence Forces destroyed 9,870 occupiers and 41 tanks.", want{category: "casualties", low: f(9870), high: f(9870)}},
		{"Air defences shot down 95 drones overnight, 40 of them over the Kursk region.", want{category: "equipment:drones", low: f(40), high: f(40)}},
		{"Air defences shot down 95 drones overnight, including 50 over the Kursk region and 12 over Oryol.", want{category: "equipment:drones", low: f(12), high: f(12)}},
		{"Air defence shot down 412 of the 530 drones launched by Russia, including 81 over Kyiv oblast and 40 over Odesa.", want{category: "equipment:drones", low: f(81), high: f(81), actor: "Russia"}},
		{"Air defence shot down 412 of the 530 drones launched by Russia, including 81 over Kyiv oblast and 40 over Odesa.", want{category: "equipment:drones", low: f(40), high: f(40), actor: "Russia"}},
		// The whole's figure and hedge cost the forward look nothing.
		{"Air defences destroyed 17 of the 21 Shahed-136 drones launched overnight.", want{category: "equipment:drones", low: f(17), high: f(17)}},
		{"Officials said at least 60 of the roughly 9,000 North Korean soldiers sent to the front had been killed.", want{category: "killed", low: f(60), bound: "at_least"}},
		{"Rebel air defences have brought down nine Reaper drones this year.", want{category: "equipment:drones", low: f(9), high: f(9)}},
		{"Rebels say they have shot down four U.S. MQ-9 Reaper drones.", want{category: "equipment:drones", low: f(4), high: f(4), actor: "United States"}},
		// A headline's present tense.
		{"Air strikes kill at least 27 in northern town", want{category: "killed", low: f(27), bound: "at_least"}},
		{"Gunmen raided the village, killing 12 residents and abducting more than 40 others.", want{category: "captured", low: f(40), bound: "more_than"}},
		// Figures compared with the one before.
		{"Air strikes killed 300 civilians this year, against 940 in the whole of 2023.", want{category: "killed", low: f(940), high: f(940)}},
		{"Russia lost 11,800 troops killed or wounded last week. That compares with 10,900 in the week before and with 12,300 in the week to 2 June.", want{category: "casualties", low: f(12300), high: f(12300)}},
		{"Deaths fell to 300 in May, or about 70 a week, from 420 in April.", want{category: "killed", low: f(420), high: f(420)}},
		{"Oryx counts 2,100 Russian tanks lost, compared with Ukraine's 640.", want{category: "equipment:tanks", low: f(640), high: f(640), actor: "Ukraine"}},
		{"Monitors counted 9,000 deaths. Of these, about 2,100 were recorded in Kassala and some 900 in North Kordofan.", want{category: "killed", low: f(900), high: f(900)}},
		{"The army destroyed 31 air defence missile launchers.", want{category: "equipment:air_defence", low: f(31), high: f(31)}},
		// Totals that follow their increments "respectively".
		{"The army also lost 5 tanks, 11 armoured fighting vehicles and 64 artillery systems, bringing those totals to 10,880, 22,674 and 28,413 respectively.", want{category: "equipment:armoured_vehicles", low: f(22674), high: f(22674)}},
		{"The army also lost 5 tanks, 11 armoured fighting vehicles and 64 artillery systems, bringing those totals to 10,880, 22,674 and 28,413 respectively.", want{category: "equipment:artillery", low: f(28413), high: f(28413)}},
		// "fell" as the verb of dying right after its figure.
		{"The army said 454 soldiers had been killed in the war. Of those, 405 fell in the ground operation.", want{category: "killed", low: f(405), high: f(405)}},
		// "one-way" is an adjective, not a second figure.
		{"US forces shot down 11 one-way attack drones over the Red Sea.", want{category: "equipment:drones", low: f(11), high: f(11)}},
		// A people named by their nation, beyond the lexicon's list.
		{"Among the dead were 13 South Africans and 3 Malawians.", want{category: "killed", low: f(3), high: f(3)}},
		// "wounded" as the captives' adjective.
		{"The president said his forces had captured two wounded North Korean soldiers near Kursk.", want{category: "captured", low: f(2), high: f(2), actor: "North Korea"}},
		{"Russia has lost 50,000 troops.", want{category: "casualties", low: f(50000), high: f(50000), actor: "Russia"}},
		{"Russia's personnel losses reached 50,000.", want{category: "casualties", low: f(50000), high: f(50000), actor: "Russia"}},
		{"Russian casualties (killed or wounded) stand at 50,000.", want{category: "casualties", low: f(50000), high: f(50000)}},
		{"Some 50,000 Russian soldiers have been killed or are missing.", want{category: "killed_or_missing", low: f(50000), high: f(50000)}},
		{"50,000 Russian soldiers were killed or missing.", want{category: "killed_or_missing", low: f(50000), high: f(50000)}},
		{"At least 3,000 people died or went missing in the fighting last year.", want{category: "killed_or_missing", low: f(3000)}},
		{"Some 1,200 people were killed or disappeared during the crackdown.", want{category: "killed_or_missing", low: f(1200), high: f(1200)}},
		// An adverb and a comma between the dead and their range.
		{"Estimates of the number of dead range widely, from 10,000 to as many as 50,000.", want{category: "killed", low: f(10000), high: f(50000), bound: "range"}},
		{"Russia's irrecoverable losses are 150,000.", want{category: "permanent_losses", low: f(150000), high: f(150000)}},
		{"The enemy's permanent losses are 150,000.", want{category: "permanent_losses", low: f(150000), high: f(150000)}},
		{"Russia has lost 3,000 tanks destroyed.", want{category: "equipment:tanks", low: f(3000), high: f(3000), status: "destroyed"}},
		{"Russia has lost 8,344 tanks, 16,095 armoured fighting vehicles and one submarine.", want{category: "equipment:submarines", low: f(1), high: f(1)}},
		{"Russia has lost 8,344 tanks, 16,095 armoured fighting vehicles and one submarine.", want{category: "equipment:armoured_vehicles", low: f(16095), high: f(16095)}},
		{"Russia lost 1,262 troops a day in May.", want{category: "casualties", low: f(1262), high: f(1262), per: "day", start: "2025-05-01", end: "2025-05-31"}},
		{"Russian forces lost 25 helicopters and 12 ships.", want{category: "equipment:ships", low: f(12), high: f(12)}},
		// A status before the type belongs to its own item only.
		{"Russia lost 16,095 armoured fighting vehicles, 3,000 destroyed artillery systems and one submarine.", want{category: "equipment:artillery", low: f(3000), high: f(3000), status: "destroyed"}},
		{"Russia lost 16,095 armoured fighting vehicles, 3,000 destroyed artillery systems and one submarine.", want{category: "equipment:submarines", low: f(1), high: f(1), status: "-"}},
		// "Two more died" adds to the figure before, and takes its day.
		{"The governor said 3 people were killed in a strike on the city on Sunday. Two more died in hospital.", want{category: "killed", low: f(2), high: f(2), start: "2025-06-08", end: "2025-06-08"}},
		// "rose by 52 to 43,603": the day's increment and the new
		// total, no range.
		{"The Gaza death toll rose by 52 to 43,603.", want{category: "killed", low: f(52), high: f(52), start: "2025-06-11", end: "2025-06-12"}},
		{"The Gaza death toll rose by 52 to 43,603.", want{category: "killed", low: f(43603), high: f(43603), start: "2023-10-07", end: "2025-06-12"}},
		// An interval after the figure's own period.
		{"Meduza estimates that about 219,000 Russian men had died in the war by the end of 2024, with a 95% confidence interval of 191,000 to 251,000.", want{category: "killed", low: f(191000), high: f(251000), bound: "range", end: "2024-12-31"}},
		// A study's "(95% CI X to Y)"; a span opening in the month the
		// war began starts with the war.
		{"A study estimated that 64,260 people died in Gaza between October 2023 and 30 June 2024 (95% CI 55,298 to 78,525).", want{category: "killed", low: f(55298), high: f(78525), bound: "range", start: "2023-10-07", end: "2024-06-30"}},
		// A report's window holds its events, not what "has lost" says.
		{"Russian forces lost 1,030 troops over the past day, the General Staff reported. Russia has also lost 11,353 tanks.", want{category: "equipment:tanks", low: f(11353), high: f(11353), start: "2022-02-24", end: "2025-06-12"}},
		// A breakdown between commas may hold a figure of its own.
		{"At least 1,000 people, including 300 children, have been killed in Lebanon since Monday.", want{category: "killed", low: f(1000), actor: "Lebanon"}},
		{"At least 1,000 people, including 300 children, have been killed in Lebanon since Monday.", want{category: "killed", low: f(300), high: f(300), actor: "Lebanon"}},
		// A people's name before the participle is the dead, not the
		// killers.
		{"The number of Palestinians killed has risen to 40,005.", want{category: "killed", low: f(40005), high: f(40005), actor: "Palestinians in Gaza"}},
		// "the first week of the war" is seven days.
		{"Nearly 900 Ukrainian servicemen were killed in the first week of the invasion.", want{category: "killed", high: f(900), bound: "fewer_than", start: "2022-02-24", end: "2022-03-03"}},
		// "most of them since ..." dates part of the figure before, not
		// the figures after it.
		{"More than 3,960 people had been killed in Lebanon since 8 October 2023, most of them since Israel escalated in late September, and 16,520 had been wounded.", want{category: "wounded", low: f(16520), high: f(16520), start: "2023-10-08"}},
		// A new clause's own period wins over one across ", and".
		{"Tens of thousands of civilians have been killed in Sudan's civil war, and 300 people died in El Fasher last week.", want{category: "killed", low: f(300), high: f(300), start: "2025-06-02", end: "2025-06-08"}},
		// A loss noun far before a figure at the end of its clause.
		{"The death toll from the strike on Sumy rose to 35 on Monday.", want{category: "killed", low: f(35), high: f(35)}},
		// Two nouns for one figure's people; a verb after "declared".
		{"The army said that 13 of its soldiers and airmen had died.", want{category: "killed", low: f(13), high: f(13)}},
		{"Nine soldiers were declared missing after the troops withdrew.", want{category: "missing", low: f(9), high: f(9)}},
		// "37 of them with injuries": the part of the freed who were hurt.
		{"By Wednesday night, 354 passengers had been freed, 37 of them with injuries, the military said.", want{category: "wounded", low: f(37), high: f(37)}},
		// A partitive's people and a second figure's before their verb.
		{"India said five of its soldiers and 16 civilians had been killed over the four days.", want{category: "killed", low: f(5), high: f(5)}},
		// "somewhere between": a range all the same; a launcher by its
		// system's name.
		{"The air force killed somewhere between 30 and 40 of them.", want{category: "killed", low: f(30), high: f(40)}},
		{"The strike destroyed 14 HIMARS launchers and a radar.", want{category: "equipment:mlrs", low: f(14), high: f(14)}},
		{"Among the youngest, 300 were killed.", want{category: "killed", low: f(300), high: f(300)}},
		// Dead named right after a figure received by a hospital; a
		// loss noun after a force that was sent.
		{"On Sunday, the hospital received 179 patients, of whom 21 were declared dead on arrival.", want{category: "killed", low: f(21), high: f(21)}},
		{"Hospitals in the Strip received 89 martyrs and 513 injured over the past 24 hours.", want{category: "killed", low: f(89), high: f(89)}},
		// A dot before three digits and things counted: thousands.
		{"Russia has lost 10.850 tanks since the invasion, the General Staff said.", want{category: "equipment:tanks", low: f(10850), high: f(10850)}},
		{"Russia lost 1.250 million troops.", want{category: "casualties", low: f(1250000), high: f(1250000)}},
		// A floor and a ceiling joined: one range.
		{"The UN says as few as 60,000 and as many as 150,000 people have been killed in Sudan.", want{category: "killed", low: f(60000), high: f(150000)}},
		{"More than 60,000 but fewer than 150,000 people have been killed in Sudan.", want{category: "killed", low: f(60000), high: f(150000)}},
		// A hedged passive between people and their verb.
		{"At least 1,200 Ukrainian soldiers are believed to have been killed since the invasion.", want{category: "killed", low: f(1200)}},
		// Recruits killed; beheadings; an insurgency's dead.
		{"A suicide bomber killed at least 13 army recruits at a military base in Mogadishu on Sunday.", want{category: "killed", low: f(13)}},
		{"Insurgents beheaded at least five people in Mozambique last week.", want{category: "killed", low: f(5)}},
		// "perhaps" and "the best part of" hedge.
		{"The junta has lost perhaps 3,000 soldiers since the coup.", want{category: "casualties", low: f(3000), high: f(3000), approx: true}},
		{"Israel has killed the best part of 20,000 Hamas fighters since October 7.", want{category: "killed", low: f(20000), high: f(20000), approx: true}},
		// A place the registry does not know between the toll and its
		// figure.
		{"The toll in El Geneina is estimated at 10,000 to 15,000 people.", want{category: "killed", low: f(10000), high: f(15000)}},
		// Captives killed are dead.
		{"Russian troops executed 16 Ukrainian prisoners of war near Pokrovsk last month.", want{category: "killed", low: f(16), high: f(16)}},
		// Two kinds of people share the verb, the second of a service.
		{"The UN said 1,500 civilians and 200 security personnel were killed in Syria in March.", want{category: "killed", low: f(1500), high: f(1500)}},
		// The ministry's name for the war between its dead and the figure.
		{"The number of martyrs of the aggression has risen to 55,104 and the number of injured to 127,394.", want{category: "killed", low: f(55104), high: f(55104)}},
		{"The contingent of about 11,000 troops sent to Kursk suffered more than 6,000 casualties during the operation.", want{category: "casualties", low: f(6000)}},
		// One more person after the figure's people.
		{"Two soldiers and a member of a pro-government militia were among the dead.", want{category: "killed", low: f(2), high: f(2)}},
		{"Two soldiers and a militiaman were among the dead.", want{category: "killed", low: f(2), high: f(2)}},
		// Comrades who fell; soldiers "who fell", named in an
		// announcement, are these dead, no floor; names yet to come
		// make no list.
		{"Our own losses: 42 comrades fell and 97 were wounded.", want{category: "killed", low: f(42), high: f(42)}},
		{"The army on Wednesday announced the names of two soldiers who fell in battle in the south.", want{category: "killed", low: f(2), high: f(2)}},
		{"Twenty-seven of our comrades have fallen; their names will be announced once their families have been informed.", want{category: "killed", low: f(27), high: f(27)}},
		// "among the dead" at the end of the people's clause.
		{"The monitor also counted 231 members of the new security forces and 250 fighters loyal to the former government among the dead.", want{category: "killed", low: f(231), high: f(231)}},
		{"Rescuers found 12 children from the same family among the wounded.", want{category: "wounded", low: f(12), high: f(12)}},
		// A count revised to a figure far after its words.
		{"The ministry lowered its count of those killed in Sunday's strike on the camp to 68, from the 90 it had announced.", want{category: "killed", low: f(68), high: f(68)}},
		{"The ministry raised its count of the dead from the 2 March attack to 68.", want{category: "killed", low: f(68), high: f(68)}},
		// A count as first given.
		{"The ministry said 627 people were killed, revising upward an earlier figure of 610.", want{category: "killed", low: f(610), high: f(610)}},
		// Two modifiers of one noun of people.
		{"Seventeen UN and regional peacekeepers were killed in the defence of the city.", want{category: "killed", low: f(17), high: f(17)}},
		// A unit after "from the", and a pair whose second noun has a
		// name or a kind before it.
		{"Three soldiers from the Malawian contingent were killed in the fighting.", want{category: "killed", low: f(3), high: f(3)}},
		{"He said 21 passengers and four Frontier Corps personnel were killed during the siege.", want{category: "killed", low: f(21), high: f(21)}},
		{"The monitor said 214 HTS fighters and 137 regime soldiers had been killed.", want{category: "killed", low: f(214), high: f(214)}},
		// Nigerian reports' wounded; a killing verb in -ing after "of".
		{"Nine persons lost their lives while 14 others sustained varying degrees of injuries.", want{category: "wounded", low: f(14), high: f(14)}},
		{"The army accused the rebels of executing at least 52 civilians in Kavumu.", want{category: "killed", low: f(52)}},
		// The running total a weapons' loss brings is of those weapons.
		{"Russia lost 40 tanks last week, bringing its total to 4,400.", want{category: "equipment:tanks", low: f(4400), high: f(4400)}},
		// Two modifiers of one noun of equipment.
		{"The army said it had shot down 84 Israeli-made Heron and Harop drones.", want{category: "equipment:drones", low: f(84), high: f(84)}},
		{"Russia launched 117 Shahed-type and decoy drones overnight and air defences downed 79 of them.", want{category: "equipment:drones", low: f(79), high: f(79), actor: "Russia"}},
		// A toll's figure, not the displaced after it.
		{"The insurgency has killed more than 26,000 people, and some 2 million people have been forced from their homes.", want{category: "killed", low: f(26000)}},
		// A participle's phrase between the people and their verb.
		{"The ministry confirmed that fifteen of its soldiers serving with the regional and UN missions died in the fighting.", want{category: "killed", low: f(15), high: f(15)}},
		// Captives whose clause says they died are dead, not captives;
		// captives whose clause ends first stay captives.
		{"The group says that 57 of the hostages it holds have since died in air strikes.", want{category: "killed", low: f(57), high: f(57)}},
		{"The group seized 57 hostages, and 30 of the others are dead.", want{category: "captured", low: f(57), high: f(57)}},
		{"The army said that 21 hostages and four paramilitary soldiers had died.", want{category: "killed", low: f(21), high: f(21)}},
		{"Gunmen took 21 hostages and 4 soldiers were killed.", want{category: "captured", low: f(21), high: f(21)}},
		// A defining aside with a date in it is stepped over too.
		{"The ministry has raised the army's death toll from the border war, which ended on 3 May 2025, to 1,412.", want{category: "killed", low: f(1412), high: f(1412)}},
		{"Hezbollah fighters killed in the clashes numbered about fifty, a source close to the group said.", want{category: "killed", low: f(50), high: f(50), actor: "Hezbollah"}},
		// An increment and the running total it brings: each its own
		// period, both the same people's.
		{"In May, monitors recorded 148 civilians killed and 930 injured in Ukraine, bringing the total since February 2022 to 14,534 killed and 38,472 injured.", want{category: "wounded", low: f(930), high: f(930), start: "2025-05-01", end: "2025-05-31"}},
		{"In May, monitors recorded 148 civilians killed and 930 injured in Ukraine, bringing the total since February 2022 to 14,534 killed and 38,472 injured.", want{category: "wounded", low: f(38472), high: f(38472), actor: "Ukraine", start: "2022-02-24", end: "2025-06-12"}},
		// An average rate named before its figure, and the same rate
		// again under a month's possessive.
		{"Russia's average daily casualty rate in October stood at 1,354, below September's average of 1,400.", want{category: "casualties", low: f(1354), high: f(1354), per: "day", start: "2024-10-01", end: "2024-10-31"}},
		{"Russia's average daily casualty rate in October stood at 1,354, below September's average of 1,400.", want{category: "casualties", low: f(1400), high: f(1400), per: "day", start: "2024-09-01", end: "2024-09-30"}},
		// A long subject that names the rate.
		{"The average daily number of Russian casualties (killed and wounded) reported by the Ukrainian General Staff in October 2024 was 1,354, the highest monthly average of the war so far.", want{category: "casualties", low: f(1354), high: f(1354), per: "day", start: "2024-10-01", end: "2024-10-31"}},
		// Military abbreviations, each its own category in a list.
		{"The battalion listed 220 KIA, 640 WIA and 35 MIA.", want{category: "wounded", low: f(640), high: f(640)}},
		{"The battalion listed 220 KIA, 640 WIA and 35 MIA.", want{category: "missing", low: f(35), high: f(35)}},
		{"Russia probably lost between 400,000 and 500,000 men permanently.", want{category: "permanent_losses", low: f(400000), high: f(500000)}},
		// "in a week" says how long, not how often.
		{"Russia lost 1,5 thousand troops in a week.", want{category: "casualties", low: f(1500), high: f(1500), per: "-"}},
		// Wire and military shorthand.
		{"Russian losses ran at roughly 1,350 per diem in November.", want{category: "casualties", low: f(1350), high: f(1350), per: "day"}},
		{"Kiev says Russia lost 1,200 troops in the past 24 hrs.", want{category: "casualties", low: f(1200), high: f(1200), start: "2025-06-11", end: "2025-06-12"}},
		{"Twelve Ukrainian soldiers lost their lives and 30 sustained injuries.", want{category: "wounded", low: f(30), high: f(30), actor: "Ukraine"}},
		// Two types under one figure: the type that holds both.
		{"Russia lost 45 tanks and infantry fighting vehicles.", want{category: "equipment:armoured_vehicles", low: f(45), high: f(45)}},
		{"Russia lost 40 tanks and 12 guns.", want{category: "equipment:tanks", low: f(40), high: f(40)}},
		// A military abbreviation as the subject of a figure at the end
		// of its clause, and a multiple of the figure before.
		{"Russian KIA in the sector reached roughly 2,700 in October, with WIA estimated at three times that.", want{category: "killed", low: f(2700), high: f(2700), actor: "Russia"}},
		{"Russian KIA in the sector reached roughly 2,700 in October, with WIA estimated at three times that.", want{category: "wounded", low: f(8100), high: f(8100), approx: true, start: "2024-10-01", end: "2024-10-31"}},
		{"About 15,000 Russian soldiers have been killed, with perhaps three times that number wounded.", want{category: "wounded", low: f(45000), high: f(45000), approx: true}},
		{"Air defences shot down 4 guided bombs and 137 drones over the past day.", want{category: "equipment:other", low: f(4), high: f(4)}},
		// An anniversary is no day of losses.
		{"The monitor documented 388,652 deaths in Syria since March 2011, ten years ago today, among them 117,388 civilians.", want{category: "killed", low: f(117388), high: f(117388), start: "2011-03-15", end: "2025-06-12"}},
		// A rate restating a figure keeps its span, not the span of the
		// next clause's figure; a veto word there is that clause's.
		{"In 2024, Russian deaths ran at between 70,000 and 80,000, or roughly 200 a day, about a fifth of them men mobilised in the autumn of 2022.", want{category: "killed", low: f(200), high: f(200), per: "day", start: "2024-01-01", end: "2024-12-31"}},
		{"A junta airstrike killed at least 40 people, including 12 children, at a monastery sheltering displaced families in Sagaing.", want{category: "killed", low: f(12), high: f(12)}},
		// Shares: "of them" then the part's own category; a whole written
		// out after "of the" or opening the sentence, whose stock verb
		// ("received", "supplied") is the whole's; fractions spelt with a
		// hyphen.
		{"Russia had suffered over 1.1 million casualties, about a quarter of them killed.", want{category: "killed", low: f(275000), bound: "more_than", approx: true}},
		{"Ukraine has lost 12 tanks and about a third of the 109 Bradley fighting vehicles it received.", want{category: "equipment:armoured_vehicles", low: f(36), high: f(36), approx: true}},
		{"Of the roughly 300 Bradley fighting vehicles supplied by the United States, about a third have been lost.", want{category: "equipment:armoured_vehicles", low: f(100), high: f(100), approx: true}},
		{"Of the 31 Abrams tanks delivered, about two-thirds have been destroyed.", want{category: "equipment:tanks", status: "destroyed", low: f(21), high: f(21), approx: true}},
		{"Russia suffered 90,000 casualties in the battle; one-third of them were killed.", want{category: "killed", low: f(30000), high: f(30000)}},
		// "By name" in another clause after the figure is that clause's.
		{"Zelensky said in February that 46,000 soldiers had been killed, while UALosses has identified 92,470 dead by name.", want{category: "killed", low: f(46000), high: f(46000), bound: "point"}},
		// A list item's number, a keycap emoji or "4)", is no word of
		// its sentence.
		{"2⃣ The toll has risen to 38,193 martyrs since 7 October 2023.\n\n3⃣ Of the martyrs whose data are complete, 15,694 are children.", want{category: "killed", low: f(15694), high: f(15694)}},
		{"3) The toll has risen to 38,193 martyrs.\n4) Of them, 15,694 are children.", want{category: "killed", low: f(15694), high: f(15694)}},
		// "a day earlier" says when, not how often.
		{"The monitor said the toll had risen to 1,383, up from 1,018 a day earlier.", want{category: "killed", low: f(1018), high: f(1018)}},
		// A bulleted breakdown under a bare heading after the toll.
		{"The monitor documented 1,250 deaths across the country in May. They include:\n– 612 civilians, among them 84 children;\n– 203 members of the security forces.", want{category: "killed", low: f(203), high: f(203)}},
		// A share of a range keeps the range, and its central figure.
		{"The model puts deaths at between 148,000 and 201,000. About 45 per cent of those deaths occurred in 2024.", want{category: "killed", low: f(66600), high: f(90450), bound: "range", approx: true}},
		// The Russian ministry's name for the war.
		{"In total, since the beginning of the special military operation, 631 aircraft of the Ukrainian army have been destroyed.", want{category: "equipment:aircraft", low: f(631), high: f(631), start: "2022-02-24", end: "2025-06-12"}},
		// Losses named with their year are that year's.
		{"Russian losses last year likely exceeded 415,000.", want{category: "casualties", low: f(415000), bound: "more_than", start: "2024-01-01", end: "2024-12-31"}},
		// An aside between dashes; a share of "all these casualties".
		{"Russia has likely suffered 870,000 casualties. Its permanent losses – personnel killed, missing or wounded too severely to return – are highly likely between 350,000 and 420,000. Roughly a third of all these casualties were likely incurred in the last six months.", want{category: "casualties", low: f(290000), high: f(290000), approx: true}},
		// A plural glued to a figure ends no abbreviation; a part keeps
		// the status of the equipment it is part of.
		{"Azerbaijan's defence ministry said its forces had destroyed 60 air defence systems, including two S-300s. Armenia's defence ministry put Azerbaijan's losses at more than 5,000 troops.", want{category: "equipment:air_defence", low: f(2), high: f(2), status: "destroyed", source: "Azerbaijan's defence ministry"}},
		// What remains so is a running state, not the day's news.
		{"Forty people were killed in Gaza in the past 24 hours, it added, and an estimated 10,000 people remain missing under the rubble.", want{category: "missing", low: f(10000), high: f(10000), approx: true, start: "2023-10-07", end: "2025-06-12"}},
		// Parts of what was just counted: "of them", "including".
		{"BBC Russian and Mediazona said they had confirmed by name 78,329 Russian servicemen killed. More than 21,000 of them were volunteers who signed contracts after February 2022.", want{category: "killed", low: f(21000), bound: "more_than", actor: "Russia"}},
		{"Ukrainian losses exceeded 1,650 servicemen, 36 armoured vehicles and 19 field artillery pieces, including 7 made in the United States.", want{category: "equipment:artillery", low: f(7), high: f(7)}},
		// The Russian ministry's "servicemen ... were destroyed".
		{"Near the village of Krynki, up to 540 Ukrainian servicemen and 37 boats were destroyed.", want{category: "casualties", high: f(540), bound: "at_most", actor: "Ukraine"}},
		// A clause of its own after a comma escapes the veto words of
		// the clause before; a toll far from its figure.
		{"In March alone, when gangs stormed two prisons and freed some 4,700 inmates, 587 people lost their lives in Haiti.", want{category: "killed", low: f(587), high: f(587), actor: "Haiti", start: "2025-03-01", end: "2025-03-31"}},
		{"The toll, the enclave's health ministry said in a statement late on Sunday after two days of heavy bombardment in central Gaza, has now reached 37,084, with 84,494 wounded.", want{category: "killed", low: f(37084), high: f(37084), actor: "Palestinians in Gaza"}},
		// Signs and abbreviations of "about"; people after equipment in
		// one list of losses; the second day of a run of days.
		{"Russia has lost ~600,000 troops.", want{category: "casualties", low: f(600000), high: f(600000), approx: true}},
		{"Russia has lost c. 3,000 tanks.", want{category: "equipment:tanks", low: f(3000), high: f(3000), approx: true}},
		{"Russia has lost 3,000 tanks and 600,000 troops.", want{category: "casualties", low: f(600000), high: f(600000), actor: "Russia"}},
		// A heading's "as of" day ends the running totals below it.
		{"Humanitarian Situation Update #208\n\nKey figures (cumulative unless stated; as of 10 June 2025)\n\n| Palestinians killed since 7 October 2023 | 40,223 |", want{category: "killed", low: f(40223), high: f(40223), start: "2023-10-07", end: "2025-06-10"}},
		// What befell them first, then whom: "Killed in the strike were
		// three paramedics", after a dateline too.
		{"DEIR AL-BALAH, Gaza Strip — Killed in the overnight strike on a house in the Maghazi camp were three paramedics and nine other civilians, the Red Crescent said.", want{category: "killed", low: f(3), high: f(3), actor: "Palestinians in Gaza"}},
		// A toll revised from one figure to another: both are the toll.
		{"Lebanon's health ministry revised its toll for the Qana strike down to 15 from 21.", want{category: "killed", low: f(21), high: f(21), actor: "Lebanon"}},
		// A list of the kinds of people, then what befell them.
		{"The report said the victims, 102 men, 17 women and 12 children, were shot or hacked to death by M23 rebels in Kishishe.", want{category: "killed", low: f(102), high: f(102)}},
		{"Gunmen shot dead 12 villagers in Kishishe.", want{category: "killed", low: f(12), high: f(12)}},
		// A bulletin's later sentences that name its own source keep its
		// window.
		{"Russian troops repelled seven attacks over the past 24 hours, with the enemy losing up to 90 servicemen, the Russian Defense Ministry reported. \"In the Krasny Liman direction, the enemy's losses amounted to up to 65 Ukrainian military personnel,\" the ministry said in its daily update.", want{category: "casualties", high: f(65), bound: "at_most", start: "2025-06-11", end: "2025-06-12"}},
		// Figures first, then whose they were and when.
		{"BEIRUT — Dead: 12, two of them children. Injured: about 2,800. Those were the figures Lebanon's health minister, Firass Abiad, gave on Wednesday for Tuesday's wave of exploding pagers across the country.", want{category: "killed", low: f(12), high: f(12), actor: "Lebanon", source: "Firass Abiad", start: "2025-06-10", end: "2025-06-10"}},
		{"Shells hit a displacement camp near El Fasher on Monday, killing at least 27 people. The toll was compiled by Médecins Sans Frontières from hospital records.", want{category: "killed", low: f(27), bound: "at_least", source: "Médecins Sans Frontières"}},
		{"Israeli strikes killed 14 people in southern Lebanon overnight. The figures came from Lebanon's health ministry.", want{category: "killed", low: f(14), high: f(14), source: "Lebanon's health ministry"}},
		// A new sentence about some other toll gives these none.
		{"Israeli strikes killed 14 people in southern Lebanon overnight. The toll in the south has risen sharply since September, Lebanon's health ministry said.", want{category: "killed", low: f(14), high: f(14), source: "-"}},
		// One attack told by its verb, with no day of its own: the news
		// of the past day.
		{"At least 27 people were killed when shells hit a displacement camp near El Fasher.", want{category: "killed", low: f(27), start: "2025-06-11", end: "2025-06-12"}},
		{"A Russian drone struck a bus in Kherson, killing five people.", want{category: "killed", low: f(5), high: f(5), start: "2025-06-11", end: "2025-06-12"}},
		{"Shelling of a market in Kordofan killed 19 people, medics said.", want{category: "killed", low: f(19), high: f(19), start: "2025-06-11", end: "2025-06-12"}},
		// Many strikes, or the attack that began a war, are no such news.
		{"Russian forces have struck Kharkiv every night, killing 60 civilians in the city.", want{category: "killed", low: f(60), high: f(60), start: "2022-02-24"}},
		{"Ukraine said it had struck 40 Russian positions in Zaporizhzhia, killing 300 soldiers.", want{category: "killed", low: f(300), high: f(300), start: "2022-02-24"}},
		// Columns of statuses under a row of equipment; a column of
		// prisoners under a row of people.
		{"Russian equipment losses confirmed since 24 February 2022.\n\n| Type | Total | Destroyed | Damaged | Abandoned | Captured |\n|---|---|---|---|---|---|\n| Tanks | 3,412 | 2,462 | 163 | 352 | 435 |\n| Self-propelled artillery | 655 | 485 | 84 | 12 | 74 |", want{category: "equipment:tanks", low: f(435), high: f(435), status: "captured", actor: "Russia"}},
		{"Russian equipment losses confirmed since 24 February 2022.\n\n| Type | Total | Destroyed | Damaged | Abandoned | Captured |\n|---|---|---|---|---|---|\n| Tanks | 3,412 | 2,462 | 163 | 352 | 435 |\n| Self-propelled artillery | 655 | 485 | 84 | 12 | 74 |", want{category: "equipment:artillery", low: f(84), high: f(84), status: "damaged"}},
		{"<p>Russian equipment losses confirmed since 24 February 2022.</p><table><tr><th>Type</th><th>Destroyed</th><th>Captured</th></tr><tr><td>Tanks</td><td>2,462</td><td>435</td></tr></table>", want{category: "equipment:tanks", low: f(435), high: f(435), status: "captured"}},
		{"Losses by side since the invasion.\n\n| Side | Killed | Captured |\n|---|---|---|\n| Russia | 3,412 | 435 |", want{category: "captured", low: f(435), high: f(435), actor: "Russia"}},
		// The places a story was filed from are not the sides of its
		// figures; one such place is the side of last resort.
		{"ISLAMABAD/NEW DELHI, May 12 — Pakistan's military said on Sunday that 13 soldiers had been killed in Indian strikes.", want{category: "killed", low: f(13), high: f(13), actor: "Pakistan"}},
		{"KYIV/MOSCOW, May 12 — Ukraine's military said on Sunday that 13 soldiers had been killed in Russian strikes.", want{category: "killed", low: f(13), high: f(13), actor: "Ukraine"}},
		{"KINSHASA — The government raised its toll of civilians killed in last week's massacre to 272.", want{category: "killed", low: f(272), high: f(272), actor: "DR Congo"}},
		// An estimative word over a projection governs none of the
		// figures after it.
		{"The assessment judges that there is a realistic possibility Russia's casualties will pass 300,000 by the end of the year, and puts Russian equipment losses at more than 2,000 tanks.", want{category: "equipment:tanks", low: f(2000), bound: "more_than", likelihood: "-"}},
		// A column header that says whose losses, and a column of the
		// daily average of the one before.
		{"Fatalities by month, according to the Ministry of Health in Gaza:\n\n| Month | Palestinians killed | Daily average |\n|---|---|---|\n| January 2024 | 5,860 | 189 |", want{category: "killed", low: f(5860), high: f(5860), actor: "Palestinians in Gaza", start: "2024-01-01", end: "2024-01-31"}},
		{"Fatalities by month, according to the Ministry of Health in Gaza:\n\n| Month | Palestinians killed | Daily average |\n|---|---|---|\n| January 2024 | 5,860 | 189 |", want{category: "killed", low: f(189), high: f(189), per: "day", start: "2024-01-01", end: "2024-01-31"}},
		{"<p>Fatalities by month, according to the Ministry of Health in Gaza:</p><table><tr><th>Month</th><th>Palestinians killed</th><th>Per day</th></tr><tr><td>February 2024</td><td>3,870</td><td>133</td></tr></table>", want{category: "killed", low: f(133), high: f(133), per: "day", actor: "Palestinians in Gaza", start: "2024-02-01", end: "2024-02-29"}},
		// How badly, with "so"; the Russian ministry's "laid down their
		// arms"; a rate that restates the sentence before.
		{"That total includes about 100,000 Russian soldiers so badly wounded that they will never return to service.", want{category: "wounded", low: f(100000), high: f(100000), approx: true}},
		{"Over the same period, 246 Ukrainian servicemen laid down their arms and surrendered.", want{category: "captured", low: f(246), high: f(246), actor: "Ukraine"}},
		{"Russia lost 430,000 soldiers in 2024. That works out at an average of 1,177 a day.", want{category: "casualties", low: f(1177), high: f(1177), per: "day", start: "2024-01-01", end: "2024-12-31"}},
		// A revised estimate "from X to Y" is the new figure, not a range.
		{"The IISS has revised its estimate of Russian military casualties from 680,000 to 790,000.", want{category: "casualties", low: f(790000), high: f(790000), bound: "point"}},
		// A name with its acronym in brackets, then its fighters and an
		// assault: the attacker; and the people who tell of losses.
		{"MAIDUGURI — Islamic State West Africa Province (ISWAP) fighters overran a military base in Borno on Monday, killing at least 17 soldiers, two military sources said.", want{category: "killed", low: f(17), bound: "at_least", actor: "Nigeria"}},
		// A total stated after its war ended still ends with the war.
		{"Azerbaijan's defence ministry said on Wednesday that 192 of its servicemen had been killed in the operation.", want{category: "killed", low: f(192), high: f(192), actor: "Azerbaijan", start: "2023-09-19", end: "2023-09-20"}},
		// "by the time … on Sunday": a total up to that day.
		{"Gaza's health ministry says more than 46,900 Palestinians were killed in Israel's military campaign by the time the truce took effect on Sunday.", want{category: "killed", low: f(46900), bound: "more_than", start: "2023-10-07", end: "2025-06-08"}},
		// A text in one side's words speaks for it: its enemy is the
		// other side.
		{"Results of the week: our drone operators destroyed 14 tanks of the occupiers. Enemy infantry losses for the week: 412 killed. Glory to Ukraine!", want{category: "killed", low: f(412), high: f(412), actor: "Russia"}},
		// A commander speaks for the body known by its acronym, or for
		// no one named; a sentence's "The" is no part of a name.
		{"A senior TDF commander has said that Tigrayan forces lost about 54,000 fighters killed during the war.", want{category: "killed", low: f(54000), high: f(54000), source: "TDF"}},
		{"A Ukrainian commander, speaking on condition of anonymity, said fewer than 1,000 of his brigade's men had been lost in the final week.", want{category: "casualties", high: f(1000), bound: "fewer_than", source: "-", actor: "Ukraine"}},
		{"• The Syrian Observatory for Human Rights (SOHR) reports that 1,383 civilians were killed between 6 and 10 March.\n\nSince March 2011, SOHR has documented the deaths of 656,493 people in Syria.", want{category: "killed", low: f(656493), high: f(656493), source: "Syrian Observatory for Human Rights"}},
		// A relative pronoun stands for the name before it; a
		// headline's "WHO says" is a name.
		{"The most widely cited estimate comes from researchers at Ghent University, who estimate that between 320,000 and 580,000 civilians died in Tigray.", want{category: "killed", low: f(320000), high: f(580000), source: "Ghent University"}},
		{"More than 460 killed at El Fasher maternity hospital, WHO says", want{category: "killed", low: f(460), bound: "more_than", source: "World Health Organization"}},
		// "By the count of X", "By X's tally": as "according to X"; a
		// body "itself" speaking.
		{"By the count of Ukraine's General Staff, Russian forces lost 430,790 personnel in 2024.", want{category: "casualties", low: f(430790), high: f(430790), source: "General Staff of the Armed Forces of Ukraine"}},
		{"By Mediazona's tally, 120,000 Russian soldiers had died.", want{category: "killed", low: f(120000), high: f(120000), source: "Mediazona"}},
		{"By Kyiv's count, Russian forces lost 430,790 personnel in 2024.", want{category: "casualties", low: f(430790), high: f(430790), source: "Ukraine"}},
		{"Hamas itself has acknowledged fewer than 6,000 dead among its members.", want{category: "killed", high: f(6000), bound: "fewer_than", source: "Hamas", actor: "Hamas"}},
		// "Among the dead" points back at the dead just counted; "since
		// … on Tuesday"; a bare heading's list keeps the period before
		// it; a line of a town's dead.
		{"The ministry said 91 Palestinians had been killed in Gaza in the past 24 hours. Among the dead were 38 children, it said.", want{category: "killed", low: f(38), high: f(38), start: "2025-06-11", end: "2025-06-12"}},
		{"It added that 506 people had been killed in Gaza since Israel resumed large-scale strikes on Tuesday.", want{category: "killed", low: f(506), high: f(506), start: "2025-06-10", end: "2025-06-12"}},
		{"In the past 24 hours, 45 people were killed and 179 wounded in Lebanon. By district:\n- Nabatieh: 16 killed, 52 wounded\n- Tyre: 11 killed", want{category: "wounded", low: f(52), high: f(52), actor: "Lebanon", start: "2025-06-11", end: "2025-06-12"}},
		{"Kharkiv: 16 killed, 52 wounded.", want{category: "killed", low: f(16), high: f(16), actor: "Ukraine"}},
		// Trades and callings; a designation of letters; members of a
		// body named in lower case.
		{"Iranian officials said 11 nuclear scientists were killed in the strikes.", want{category: "killed", low: f(11), high: f(11), actor: "Iran"}},
		{"The carrier lost two F/A-18 fighter jets at sea.", want{category: "equipment:aircraft", low: f(2), high: f(2)}},
		{"According to Syria's Ministry of Defence, 231 members of the security forces were killed in attacks by armed groups.", want{category: "killed", low: f(231), high: f(231), actor: "Syria"}},
		// The Israeli military's "eliminated" counts its enemy's dead.
		{"Over the past 24 hours, IDF troops eliminated approximately 70 Hezbollah terrorists in southern Lebanon, the military said.", want{category: "killed", low: f(70), high: f(70), actor: "Hezbollah"}},
		{"Ukrainian forces eliminated 1,200 Russian soldiers in the past day, the General Staff said.", want{category: "casualties", low: f(1200), high: f(1200), actor: "Russia"}},
		// A people's soldiers, then the participle and their count: the
		// dead are theirs; with an object after it they killed.
		{"The number of Ukrainian soldiers killed stands at 43,000.", want{category: "killed", low: f(43000), high: f(43000), actor: "Ukraine"}},
		{"Ukrainian soldiers killed: 43,000.", want{category: "killed", low: f(43000), high: f(43000), actor: "Ukraine"}},
		{"Zelensky put the number of Ukrainian soldiers killed at 43,000.", want{category: "killed", low: f(43000), high: f(43000), actor: "Ukraine"}},
		{"Ukrainian soldiers killed at least 40 Russian troops near Bakhmut.", want{category: "killed", low: f(40), bound: "at_least", actor: "Russia"}},
		// "US" in capitals owns the people or weapons after it; the
		// pronoun and the US as a speaker name no one.
		{"The Houthis said they had shot down seven US MQ-9 Reaper drones over Yemen.", want{category: "equipment:drones", low: f(7), high: f(7), actor: "United States"}},
		{"Two US Navy SEALs died during a raid on a vessel off Somalia.", want{category: "killed", low: f(2), high: f(2), actor: "United States"}},
		// The launcher of a list's last item launched every item, and
		// the loss verb that heads the list counts its last item too.
		{"Warships had shot down 18 drones, two anti-ship cruise missiles and one anti-ship ballistic missile fired by the Houthis on Tuesday night.", want{category: "equipment:missiles", low: f(1), high: f(1), actor: "Houthis"}},
		{"Warships had shot down 18 drones, two anti-ship cruise missiles and one anti-ship ballistic missile fired by the Houthis on Tuesday night.", want{category: "equipment:drones", low: f(18), high: f(18), actor: "Houthis"}},
		// What air defences shot down was the defender's enemy's.
		{"Three people were killed in Kharkiv by guided bombs, the governor said. Air defence forces shot down 6 Shahed drones over the region overnight.", want{category: "equipment:drones", low: f(6), high: f(6), actor: "Russia"}},
		// A place a list heading names is where its figures were won,
		// not whose losses they are.
		{"Results of the week near Kupiansk:\n\noccupiers eliminated: 386\ntaken prisoner: 9\nmotor vehicles: 37\n", want{category: "equipment:vehicles", low: f(37), high: f(37), actor: "Russia"}},
		// A side's words for its own dead name its own, though the
		// sentence names the enemy.
		{"Troops of the Nigerian Army repelled the attack, neutralising 21 ISWAP terrorists, while 4 gallant soldiers paid the supreme price.", want{category: "killed", low: f(4), high: f(4), actor: "Nigeria"}},
		// The side attacked is no agent, whatever weapons follow its
		// name; "pounded" is an attack.
		{"Russia pounded Kyiv with drones and missiles overnight, killing at least 12 people, officials said.", want{category: "killed", low: f(12), bound: "at_least", actor: "Ukraine"}},
		{"Russia attacked Kharkiv with glide bombs, killing three people.", want{category: "killed", low: f(3), high: f(3), actor: "Ukraine"}},
		// "continued to shell": the side that kept attacking is the
		// agent.
		{"Israel continued to pound southern Lebanon after the escalation, and 3,200 deaths were recorded by the ministry.", want{category: "killed", low: f(3200), high: f(3200), actor: "Lebanon"}},
		// An update of a toll is the toll's side, not that of the side
		// named last.
		{"At least nine people were killed when a Russian missile hit a block of flats in Dnipro, the governor said. The air force says Russia fired two ballistic missiles and 87 drones overnight. The number of injured has climbed to 41, the governor says.", want{category: "wounded", low: f(41), high: f(41), actor: "Ukraine"}},
		// So do other armies' communiqués on armed groups; only the
		// Russian and Ukrainian bulletins' word counts the wounded too.
		{"Troops of Operation Hadin Kai neutralised 57 Boko Haram fighters in Borno State last week, the Defence Headquarters said.", want{category: "killed", low: f(57), high: f(57), actor: "Boko Haram"}},
		{"The army said its units had eliminated 40 jihadists near Djibo on Sunday.", want{category: "killed", low: f(40), high: f(40)}},
		// Every form of the verb, bandits as well as terrorists, and a
		// clause of arrests after a comma or "and" that is its own.
		{"The escort's reaction made it possible to neutralise about twenty terrorists, the Malian army said.", want{category: "killed", low: f(20), high: f(20), approx: true}},
		{"Troops neutralised 187 terrorists, arrested 312 suspects and rescued 96 kidnapped hostages.", want{category: "killed", low: f(187), high: f(187)}},
		{"Troops neutralised 71 bandits and rescued 58 kidnapped victims in Zamfara.", want{category: "killed", low: f(71), high: f(71)}},
		// A long aside between the people and their verb.
		{"South Africa said 14 of its soldiers, serving with the UN mission and with a regional force from southern Africa, had been killed in the fighting.", want{category: "killed", low: f(14), high: f(14)}},
		// A side's words for its own dead.
		{"Eleven personnel of the Armed Forces embraced shahadat, while 38 civilians embraced shahadat.", want{category: "killed", low: f(38), high: f(38)}},
		{"Five of our brave soldiers made the supreme sacrifice.", want{category: "killed", low: f(5), high: f(5)}},
		{"Twenty-two of our heroes rose as martyrs.", want{category: "killed", low: f(22), high: f(22)}},
		{"Russian units neutralised up to 230 Ukrainian servicemen near Kupiansk, the ministry said.", want{category: "casualties", high: f(230), bound: "at_most"}},
		// A war named in the figure's own clause is nearer than a side
		// named in the clause before.
		{"In Sudan, UCDP recorded over 14,000 deaths in 2024 from fighting between the army and the RSF, while Myanmar's civil war killed an estimated 11,500 people in the same year.", want{category: "killed", low: f(11500), high: f(11500), actor: "Myanmar"}},
		// In a text that counts the dead by name, names are dead; the
		// scale of a population skipped is no figure of its own.
		{"Mediazona has established the names of 135,129 Russian servicemen killed in the war, adding more than 4,000 names in the past month alone.", want{category: "killed", low: f(4000), bound: "more_than", start: "2025-05-12", end: "2025-06-12"}},
		{"Mediazona has established the names of 135,129 Russian servicemen killed in the war. Volunteers account for 31,982 of the names.", want{category: "killed", low: f(31982), bound: "at_least"}},
		// Column headers that say how or whose ("Reported fatalities",
		// "Own missing", "of which civilians"), and a pair per cell.
		{"Reported fatalities in Myanmar by year, as recorded by ACLED.\n\n| Year | Reported fatalities | of which civilians (targeted) | Events |\n|---|---:|---:|---:|\n| 2022 | 19,380 | 3,405 | 10,877 |", want{category: "killed", low: f(3405), high: f(3405), start: "2022-01-01", end: "2022-12-31"}},
		{"Both governments have published lists of their dead from the 44-day war.\n\n| Side | Own servicemen killed (named) | Own missing |\n|---|---:|---:|\n| Armenia | 3,781 | 243 |", want{category: "missing", low: f(243), high: f(243), actor: "Armenia"}},
		{"<p>Civilian casualties verified in Ukraine, 2025.</p><table><tr><th>Month</th><th>Killed</th><th>Injured</th><th>Children killed / injured</th></tr><tr><td>April</td><td>209</td><td>1,146</td><td>22 / 78</td></tr></table>", want{category: "killed", low: f(22), high: f(22), start: "2025-04-01", end: "2025-04-30"}},
		{"<p>Civilian casualties verified in Ukraine, 2025.</p><table><tr><th>Month</th><th>Killed</th><th>Injured</th><th>Children killed / injured</th></tr><tr><td>April</td><td>209</td><td>1,146</td><td>22 / 78</td></tr></table>", want{category: "wounded", low: f(78), high: f(78)}},
		{"Russia - equipment losses\n\nTrucks, Vehicles and Jeeps (5,210, of which destroyed: 4,377, damaged: 112)", want{category: "equipment:vehicles", low: f(4377), high: f(4377), status: "destroyed"}},
		// A model's name and number is no figure.
		{"Hezbollah said it downed seven Israeli Hermes 450 and Hermes 900 drones.", want{category: "equipment:drones", low: f(7), high: f(7), actor: "Israel"}},
		{"Ukraine shot down 40 Shahed 136 drones overnight.", want{category: "equipment:drones", low: f(40), high: f(40), actor: "Russia"}},
		// Lines labelled with their month.
		{"MONTH BY MONTH\nJanuary 2024: 41 civilians killed and 77 injured.\nFebruary: 22 killed, 54 injured.", want{category: "wounded", low: f(54), high: f(54), start: "2025-02-01", end: "2025-02-28"}},
		{"MONTH BY MONTH\nJune to August: an average of about 32 civilians killed per month.", want{category: "killed", low: f(32), high: f(32), per: "month", start: "2024-06-01", end: "2024-08-31"}},
		// A source in brackets after the figures; not an agency's mark
		// nor a name's acronym.
		{"Palestinians: 50,423+ killed and 114,638+ wounded (Gaza Health Ministry, as of 31 March 2025)", want{category: "wounded", low: f(114638), source: "Gaza Health Ministry"}},
		{"• Russian tanks lost: c. 3,300 (Oryx, to September 2024)", want{category: "equipment:tanks", low: f(3300), high: f(3300), source: "Oryx"}},
		{"OUAGADOUGOU (AFP) - Jihadists killed between 200 and 400 people in an attack on the town of Barsalogho.", want{category: "killed", low: f(200), high: f(400), source: "-"}},
		// "between October 2023 and the end of September 2024"; "over
		// the whole war".
		{"Hezbollah published the names of 512 fighters killed between October 2023 and the end of September 2024.", want{category: "killed", low: f(512), start: "2023-10-08", end: "2024-09-30"}},
		{"Our count suggests that 3,000 Hezbollah fighters were killed over the whole war, of whom a quarter died during the Israeli ground operation.", want{category: "killed", low: f(3000), high: f(3000), start: "2023-10-08", end: "2024-11-27"}},
		// A weekly bulletin's window opens its first sentence after the
		// title.
		{"Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation\nOver the past week, units of the Battlegroup Centre improved their tactical position.\nThe Russian Armed Forces delivered 7 massive strikes.\nAir defence means shot down 6 guided aerial bombs and 1,024 fixed-wing unmanned aerial vehicles.", want{category: "equipment:drones", low: f(1024), high: f(1024), start: "2025-06-05", end: "2025-06-12"}},
		// Events dated by "of" as the ends of a span.
		{"Hezbollah lost more than 4,000 fighters killed between October 2023 and the ceasefire of 27 November 2024.", want{category: "killed", low: f(4000), bound: "more_than", start: "2023-10-08", end: "2024-11-27"}},
		{"In the nine weeks between the escalation of 23 September and the ceasefire of 27 November, the Lebanese health ministry counted more than 3,000 deaths.", want{category: "killed", low: f(3000), bound: "more_than", start: "2024-09-23", end: "2024-11-27"}},
		// "bring to N the number of X"; an air force reports the
		// enemy's losses; an office of a named body speaks for it.
		{"The deaths bring to 298 the number of soldiers killed since the start of the ground operation in Gaza, according to the Israeli military.", want{category: "killed", low: f(298), high: f(298), actor: "Israel", start: "2023-10-27"}},
		{"It also raised to 240 the number of people it says were taken hostage into Gaza.", want{category: "captured", low: f(240), high: f(240), source: "-"}},
		{"Ukraine's air force said 339 drones and 15 missiles were shot down or jammed.", want{category: "equipment:drones", low: f(339), high: f(339), actor: "Russia"}},
		{"The African Union's chief mediator said the death toll in Tigray was as many as 600,000.", want{category: "killed", high: f(600000), bound: "at_most", source: "African Union"}},
		{"The Children in Conflict Alliance said 300 children had been killed in Gaza. The Alliance's regional director said 312 Palestinian aid workers have been killed.", want{category: "killed", low: f(312), high: f(312), source: "Children in Conflict Alliance"}},
		// A registry source's acronym in brackets names it whole; a
		// place's possessive before a ministry; "In June, X estimated
		// that" dates the statement.
		{"In June, the Washington-based Center for Strategic and International Studies (CSIS) estimated that Russia had suffered nearly 950,000 casualties.", want{category: "casualties", high: f(950000), bound: "fewer_than", source: "CSIS", start: "2022-02-24", end: "2025-06-12"}},
		{"Israeli airstrikes across the Gaza Strip killed more than 410 people overnight, the territory's Health Ministry said.", want{category: "killed", low: f(410), bound: "more_than", source: "Gaza Health Ministry"}},
		// An army's soldiers where they fell; "in southern Lebanon" is
		// a place.
		{"The Israeli military says five soldiers were killed in combat in southern Lebanon.", want{category: "killed", low: f(5), high: f(5), actor: "Israel"}},
		{"The Israeli military says five Lebanese soldiers were killed in southern Lebanon.", want{category: "killed", low: f(5), high: f(5), actor: "Lebanon"}},
		// A number word after a dateline; the agency's mark is no
		// source; "losses in November" are November's; a later "and
		// said that" leaves the month of the clause before behind.
		{"JERUSALEM, June 11 (AFP) — Two Israeli soldiers were killed on Monday in Rafah, the Israeli military said on Tuesday.", want{category: "killed", low: f(2), high: f(2), actor: "Israel", source: "Israel Defense Forces"}},
		{"Ukraine's General Staff put Russia's losses in November at 45,720 troops, along with 369 tanks.", want{category: "equipment:tanks", low: f(369), high: f(369), start: "2024-11-01", end: "2024-11-30"}},
		{"Russia has almost certainly sustained more than 1,000,000 casualties since the full-scale invasion. The agency assessed that Russian losses in May averaged 1,286 a day, and said it is highly likely that 220,000 to 260,000 of the total were killed.", want{category: "killed", low: f(220000), high: f(260000), start: "2022-02-24"}},
		// Palestinians of the West Bank.
		{"In the occupied West Bank, at least 850 Palestinians have been killed by Israeli troops or settlers since October 7.", want{category: "killed", low: f(850), bound: "at_least", actor: "Palestinians in the West Bank", start: "2023-10-07"}},
		// "just over" is more than; "in the region of" a hedge, not a
		// region's population; the bodies of the dead are dead, unless
		// they are handed over.
		{"Russia has suffered in the region of seven hundred thousand casualties.", want{category: "casualties", low: f(700000), high: f(700000), approx: true}},
		{"Mediazona has confirmed the deaths of just over 60,000 Russian soldiers.", want{category: "killed", low: f(60000), bound: "more_than"}},
		{"The Ministry of Health in Gaza said the bodies of 91 martyrs and 247 injured people had arrived at hospitals in the past 24 hours.", want{category: "killed", low: f(91), high: f(91), actor: "Palestinians in Gaza"}},
		// A unit's ordinal is part of its name; a lower-case owner is
		// not.
		{"The army's 6th Infantry Division said it had destroyed 23 armed pickup trucks of the RSF.", want{category: "equipment:vehicles", low: f(23), high: f(23), source: "6th Infantry Division"}},
		{"The 68th Separate Jaeger Brigade said its drone operators had killed or wounded roughly 300 Russian soldiers.", want{category: "casualties", low: f(300), high: f(300), source: "68th Separate Jaeger Brigade"}},
		{"Israeli jets destroyed more than 120 Iranian surface-to-air missile launchers.", want{category: "equipment:air_defence", low: f(120), bound: "more_than", actor: "Iran"}},
		// "Among the dead" names the category through an aside.
		{"Lebanon's health ministry said 37 people were killed and 151 wounded. Among the dead, the ministry said, were 127 children and 116 paramedics.", want{category: "killed", low: f(127), high: f(127)}},
		// "since … last year".
		{"Lebanon's health ministry said 2,036 people had been killed since October 8 last year.", want{category: "killed", low: f(2036), high: f(2036), start: "2024-10-08", end: "2025-06-12"}},
		{"More than 500 Sudanese civilians have been killed since March last year.", want{category: "killed", low: f(500), bound: "more_than", start: "2024-03-01", end: "2025-06-12"}},
		// The side that did what a "since" clause names acted; the dead
		// are the other side's.
		{"Since Israel broke the ceasefire on March 18, at least 3,340 people have been killed, the ministry added.", want{category: "killed", low: f(3340), bound: "at_least", actor: "Palestinians in Gaza", start: "2025-03-18"}},
		// A column of sources names each row's.
		{"Losses by side\n\n| Side | Killed | Source |\n|---|---|---|\n| Iran | 610 | Iranian Ministry of Health |\n| Israel | 28 | Israeli Prime Minister's Office |", want{category: "killed", low: f(28), high: f(28), actor: "Israel", source: "Israeli Prime Minister's Office"}},
		// A plain word between a named owner and the kind of body.
		{"South Korea's spy agency said on Wednesday that North Korea had suffered about 4,000 casualties in the Kursk region.", want{category: "casualties", low: f(4000), high: f(4000), source: "South Korea's National Intelligence Service"}},
		// A named body's documents, with a relative clause before the
		// verb.
		{"Leaked Pentagon documents that appeared on social media this month put Russian casualties in Ukraine at between 189,500 and 223,000.", want{category: "casualties", low: f(189500), high: f(223000), source: "US Department of Defense"}},
		// "the alliance said" after the alliance was named.
		{"More than 4,000 soldiers surrendered to the Three Brotherhood Alliance in northern Shan state, the alliance said on Monday.", want{category: "captured", low: f(4000), bound: "more_than", source: "Three Brotherhood Alliance"}},
		{"Israel's prime minister's office said 24 people have been killed in Israel since Friday.", want{category: "killed", low: f(24), high: f(24), source: "Israel's prime minister's office"}},
		// "lost" as an adjective of equipment; an increase of the total
		// just given.
		{"Russia's 7,800 lost armoured fighting vehicles are more than twice Ukraine's number.", want{category: "equipment:armoured_vehicles", low: f(7800), high: f(7800)}},
		{"Russia's personnel losses reached 771,110 as of Friday morning, Ukraine's General Staff said, after an increase of 1,680 over the past day.", want{category: "casualties", low: f(1680), high: f(1680), start: "2025-06-11", end: "2025-06-12"}},
		// "the open-source project Oryx" is a body, not a projection.
		{"The open-source project Oryx has visually confirmed the loss of 3,612 Russian tanks since the full-scale invasion.", want{category: "equipment:tanks", low: f(3612), high: f(3612), source: "Oryx"}},
		// "them" are the people the sentence before named.
		{"The Gaza Health Ministry says 37,232 Palestinians have been killed since October 7 and 85,037 wounded. About 56% of them were women and children, UN OCHA said.", want{category: "killed", low: f(20850), high: f(20850), approx: true}},
		{"Two F/A-18 fighters were also lost at sea.", want{category: "equipment:aircraft", low: f(2), high: f(2)}},
		// "as of Friday morning" dates a total; the day's window is the
		// increase's.
		{"Russia's personnel losses reached 771,110 as of Friday morning, Ukraine's General Staff said, after an increase of 1,680 over the past day.", want{category: "casualties", low: f(771110), high: f(771110), start: "2022-02-24", end: "2025-06-06"}},
		// "A year after launching Operation 1027": since the operation.
		{"A year after launching Operation 1027, the Three Brotherhood Alliance says its fighters have killed 1,420 junta soldiers.", want{category: "killed", low: f(1420), high: f(1420), start: "2023-10-27", end: "2025-06-12"}},
		// A tally's "(+7)" makes its equipment losses.
		{"Russia's personnel losses reached 771,110, Ukraine's General Staff said. The General Staff's list also counts 9,520 tanks (+7) and 20,894 artillery systems (+31).", want{category: "equipment:tanks", low: f(9520), high: f(9520)}},
		{"By a tally of the General Staff's daily reports, Russian losses are averaging 1,570 a day so far this month.", want{category: "casualties", low: f(1570), high: f(1570), per: "day", source: "General Staff of the Armed Forces of Ukraine"}},
		// A range of people and a vague figure of others; a rate between
		// the people and their verb; a bound after "have" is no
		// possession.
		{"Jihadists attacked an army base in Djibo on Saturday, and 50–60 soldiers and a dozen civilians were killed, security sources said.", want{category: "killed", low: f(50), high: f(60), bound: "range"}},
		{"Across the front, an average of around 930 Russian personnel a day were highly likely killed or wounded in November.", want{category: "casualties", low: f(930), high: f(930), per: "day", likelihood: "highly likely"}},
		{"Visually confirmed Russian tank losses since the invasion have passed 2,500, according to Oryx: 1,690 destroyed and 520 captured.", want{category: "equipment:tanks", low: f(2500), bound: "more_than"}},
		{"Visually confirmed Russian tank losses since the invasion have passed 2,500, according to Oryx: 1,690 destroyed and 520 captured.", want{category: "equipment:tanks", low: f(520), high: f(520), status: "captured"}},
		// Headline verbs of bounds and hedges.
		{"Russia's casualties pass one million as summer offensive gathers pace", want{category: "casualties", low: f(1000000), bound: "more_than"}},
		{"Russian tank losses near 4,500.", want{category: "equipment:tanks", low: f(4500), high: f(4500), approx: true}},
		// A daily post's event lines fall in its window.
		{"Kharkiv region. Situation as of 08:00\n\nOver the past day, the occupiers shelled more than 20 settlements of the region.\n\nKupiansk district: 4 people were injured in Kivsharivka.", want{category: "wounded", low: f(4), high: f(4), start: "2025-06-11", end: "2025-06-12"}},
		// Markdown table rows labelled with what they count; a row
		// "of whom" continues the row before; trucks are no losses.
		{"| Indicator | Figure |\n|---|---|\n| Palestinians killed since 7 October 2023 (MoH) | 40,223 |\n| of whom children (MoH) | 16,456 |\n| Aid trucks entering Gaza per day | 69 |", want{category: "killed", low: f(40223), high: f(40223), actor: "Palestinians in Gaza", start: "2023-10-07"}},
		{"| Indicator | Figure |\n|---|---|\n| Palestinians killed since 7 October 2023 (MoH) | 40,223 |\n| of whom children (MoH) | 16,456 |\n| Aid trucks entering Gaza per day | 69 |", want{category: "killed", low: f(16456), high: f(16456)}},
		// A model's designation between a side and its weapon.
		{"On 14 January, a Russian Kh-22 cruise missile struck an apartment building in Dnipro. The strike killed 46 civilians.", want{category: "killed", low: f(46), high: f(46), actor: "Ukraine"}},
		// A period that closes another figure's aside stays there.
		{"The total combat losses of the enemy from 24 February 2022 to 9 May 2023 amounted to about 196,770 personnel, 470 of them eliminated in the past day, as well as 3,727 tanks and 7,230 armoured combat vehicles.", want{category: "equipment:tanks", low: f(3727), high: f(3727), start: "2022-02-24", end: "2023-05-09"}},
		// A daily bulletin's window, given in its third sentence, holds
		// the undated figures after it.
		{"Briefing by the Ministry of Defence, 12 June 2025\n\nUnits of the Zapad group repelled two counterattacks. In the past 24 hours, enemy losses there amounted to up to 65 servicemen.\n\nUnits of the Yug group improved their position. The enemy lost up to 520 servicemen and two tanks.", want{category: "casualties", high: f(520), bound: "at_most", start: "2025-06-11", end: "2025-06-12"}},
		// A figure set against the one before is of its kind.
		{"Sudan's war killed at least 14,000 civilians last year, up from about 7,900 in 2024, the UN said.", want{category: "killed", low: f(7900), high: f(7900), approx: true, actor: "Sudan (civilians)", start: "2024-01-01", end: "2024-12-31"}},
		{"Russia lost some 430,000 troops in 2024, or roughly 1,180 a day, up from about 250,000 in 2023.", want{category: "casualties", low: f(250000), high: f(250000), approx: true, per: "-", start: "2023-01-01"}},
		// A noun the veto words share with verbs; people of two kinds.
		{"Israeli strikes on Lebanon killed 77 people on Tuesday, including a dozen in a single raid on a residential building.", want{category: "killed", low: f(12), high: f(12), actor: "Lebanon"}},
		{"Some 130,000 government soldiers and allied militiamen were among the dead in Syria.", want{category: "killed", low: f(130000), high: f(130000), actor: "Syria", approx: true}},
		{"UCDP recorded some 19,000 such deaths in Sudan in 2024.", want{category: "killed", low: f(19000), high: f(19000), approx: true}},
		{"South Africa said 14 of its soldiers had been killed in the fighting near Goma.", want{category: "killed", low: f(14), high: f(14), actor: "South Africa"}},
		// Weapons that struck are the attacker's means, not its losses.
		{"Eighteen people were killed when two Russian guided bombs struck a hypermarket in Kharkiv on Saturday.", want{category: "killed", low: f(18), high: f(18), actor: "Ukraine"}},
		// How badly, and a unit between the people and their verb.
		{"Two soldiers were seriously wounded.", want{category: "wounded", low: f(2), high: f(2)}},
		{"The alliance said that 41 soldiers from Light Infantry Battalion 143 had surrendered.", want{category: "captured", low: f(41), high: f(41)}},
		{"Kyiv said 20 soldiers of the 47th Mechanised Brigade were killed.", want{category: "killed", low: f(20), high: f(20)}},
		// Quotation marks round a vague figure; a calibre before the type.
		{"The alliance claims to have captured 'hundreds' more, together with 4 tanks and two 105mm howitzers.", want{category: "captured", low: f(100), bound: "at_least"}},
		{"The alliance claims to have captured 'hundreds' more, together with 4 tanks and two 105mm howitzers.", want{category: "equipment:artillery", low: f(2), high: f(2)}},
		{"Iran's health ministry said 224 people had been killed and that 1,277 others had been hospitalised with injuries.", want{category: "wounded", low: f(1277), high: f(1277), actor: "Iran"}},
		// A share of "those killed" is a share of the dead.
		{"The strikes have killed at least 37,164 Palestinians, with 84,832 others wounded. About 70 percent of those killed were women and children.", want{category: "killed", low: f(26015), bound: "at_least", approx: true}},
		// What was launched and shot down is the launcher's loss.
		{"The Israeli military said its air defences had shot down more than 100 drones launched by Iran over the weekend.", want{category: "equipment:drones", low: f(100), bound: "more_than", actor: "Iran"}},
		// What the launched weapons became, told after them.
		{"Ukraine's air force said 296 drones launched by Russia were shot down overnight.", want{category: "equipment:drones", low: f(296), high: f(296), actor: "Russia"}},
		// The subject of a pair of verbs.
		{"The RSF said it had repelled the attack and killed hundreds of soldiers.", want{category: "killed", low: f(100), bound: "at_least", actor: "Sudan (SAF)"}},
		// A part of the dead named in the sentence before keeps their span.
		{"The offensive lasted 11 days, ending on 8 December 2024, and left 910 people dead. Government troops accounted for 380 of the dead.", want{category: "killed", low: f(380), high: f(380), start: "2024-11-27", end: "2024-12-08"}},
		// "N were civilians": who some of the people just counted were,
		// as a figure or a share, in the same sentence or the next.
		{"The monitor said the fighting had killed more than 5,000 people. Around 1,600 were civilians.", want{category: "killed", low: f(1600), high: f(1600), approx: true}},
		{"The health ministry said 639 people had been killed; 263 were military personnel.", want{category: "killed", low: f(263), high: f(263)}},
		{"The group recorded 1,431 fatalities in May, of whom roughly a third were civilians.", want{category: "killed", low: f(477), high: f(477), approx: true}},
		{"The group recorded 1,431 fatalities in May. Roughly a third were civilians.", want{category: "killed", low: f(477), high: f(477), approx: true}},
		{"At least 100 people were killed in the village, activists said. At least 35 of the victims were children.", want{category: "killed", low: f(35), bound: "at_least"}},
		// "400 of these were lost" after tanks are tanks; "technicals"
		// are armed pickups.
		{"Russia has lost over 2,800 main battle tanks, and it is highly likely that at least 400 of these were lost around Avdiivka.", want{category: "equipment:tanks", low: f(400), bound: "at_least"}},
		{"Satellite images show at least 63 RSF technicals destroyed.", want{category: "equipment:vehicles", low: f(63), bound: "at_least"}},
		{"Russia has lost 4,330 tanks, Oryx says; at least 300 lost this year were T-90s.", want{category: "equipment:tanks", low: f(300), bound: "at_least"}},
		// "Of the dead, it says, N were civilians" after the dead and
		// then the injured.
		{"The war has killed half a million people, and one million more have been injured, the monitor says. Of the dead, it says, around 160,000 were civilians.", want{category: "killed", low: f(160000), high: f(160000), approx: true}},
		// A share of "the dead" is a share of the largest count of them
		// just given, not of the day's.
		{"The ministry said 195 people were killed in the past 24 hours, bringing the toll to 25,490. About 70% of the dead were women and children.", want{category: "killed", low: f(17843), high: f(17843), approx: true}},
		// A rate after a total takes the category of the rate before it.
		{"The General Staff recorded 418,010 Russian personnel losses, an average of 1,145 a day, against 430,790 in 2024. Its count peaked in March, when it reported an average of 1,320 a day.", want{category: "casualties", low: f(1320), high: f(1320), per: "day"}},
		// The second people of a pair may carry their side's name; ages
		// in apposition are no figures.
		{"The coalition said 47 Malian soldiers and 84 Wagner fighters had been killed.", want{category: "killed", low: f(47), high: f(47), actor: "Mali"}},
		{"The military said five soldiers, aged between 19 and 22, had been killed.", want{category: "killed", low: f(5), high: f(5)}},
		// One of each, and the young.
		{"A military airstrike killed 22 people. One girl is still missing, a resident said.", want{category: "missing", low: f(1), high: f(1)}},
		{"Two attackers were captured alive.", want{category: "captured", low: f(2), high: f(2)}},
		// A count from one that records the dead by name is a floor, and
		// so are its parts.
		{"The AAPP, which records by name each person killed by the security forces, said the junta had killed 6,231 people since the coup.", want{category: "killed", low: f(6231), bound: "at_least"}},
		{"At least 45 people were killed, including 18 children.", want{category: "killed", low: f(18), high: f(18)}},
		{"Mediazona has confirmed the deaths of 148,211 Russian soldiers by name. Of these, 29,410 were volunteers who signed contracts after September 2022.", want{category: "killed", low: f(29410), bound: "at_least"}},
		// "The rest were combatants: …" continues the count before.
		{"The monitor documented 6,777 deaths in 2024. Of these, 3,091 were civilians. The rest were combatants: 1,240 soldiers and 1,105 fighters of opposition factions.", want{category: "killed", low: f(1240), high: f(1240)}},
		// Deaths after wounding.
		{"Three more people succumbed to their injuries in hospital, the governor said.", want{category: "killed", low: f(3), high: f(3)}},
		{"Two of the wounded later died in hospital.", want{category: "killed", low: f(2), high: f(2)}},
		// A hospital takes in the dead and the wounded.
		{"Twenty-seven people were declared dead on arrival, the hospital said.", want{category: "killed", low: f(27), high: f(27)}},
		{"The director said his hospital had received 11 bodies and treated 48 wounded.", want{category: "killed", low: f(11), high: f(11)}},
		{"The minister said 50 children and 94 women were among those killed on Monday.", want{category: "killed", low: f(94), high: f(94)}},
		// The full stop of "Aug." ends no clause.
		{"Air defences shot down 137 drones, the ministry said. In total, Kiev's losses since the incursion began on Aug. 6 have exceeded 53,000 servicemen and 320 tanks.", want{category: "casualties", low: f(53000), bound: "more_than"}},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		check(t, tt.text, find(cs, tt.w), tt.w)
	}
}

func TestNotClaims(t *testing.T) {
	for _, text := range []string{
		// A time of day written "1 a.m." before a weapon or a loss word.
		"The gunmen came with machetes and guns at around 1 a.m. and burned the houses.",
		"Shelling resumed at 3 p.m. and killed no one.",
		// Equipment named before the figure did something to the things
		// after it.
		"Over the weekend, Ukrainian drones hit two oil refineries in Russia's Ryazan region.",
		// Deaths a modal foresees.
		"In the worst-case scenario, 74,290 excess deaths would occur in Gaza over the next six months.",
		"If fighting escalates, an additional 85,750 deaths could occur in Gaza by August 2024.",
		// A country's deaths of every cause, from its statisticians.
		"Russia registered 1.82 million deaths in 2024, according to Rosstat.",
		"Ukraine's statistics service recorded 250,000 deaths and 87,000 births in the first half of 2024.",
		// Room for the wounded is no wounded.
		"The field hospital can handle up to 150 casualties a day.",
		"The hospital has capacity for 500 wounded soldiers.",
		"The ministry plans to build rehabilitation centres for up to 100,000 wounded veterans.",
		// Lost to no war: a score, animals, people gone another way.
		"Ukraine lost 2-1 to Belgium on Saturday.",
		"Ukraine lost 2,000 cattle.",
		"Ukraine lost 1.2 million people to emigration last year.",
		// A modal's push of the toll to a figure is a projection.
		"Researchers warned that disease could push the Gaza death toll above 186,000 in the coming years.",
		"Fighting could take the toll to 1,000, officials warned.",
		// More of a measure.
		"Russia said its forces had captured two more villages.",
		// A day written dd.mm is no figure.
		"Figures are as of 12.06.",
		// A count of units, no people's.
		"Units of the Battlegroup West inflicted losses on four AFU mechanised brigades.",
		// A ratio's terms written with a colon.
		"Russia is suffering a 5:1 casualty ratio.",
		"Ukrainian officials claim a 1:3 loss ratio.",
		// The dead of a disaster named after the figure.
		"More than 1,000 people are dead or missing after the floods, officials said.",
		"About 2,000 people died in the earthquake in Herat.",
		// An age.
		"The youngest of the dead was a girl of 4, he said.",
		// Ages after the people of a breakdown, and after names.
		"They were named as a man, 54, and a woman, 71.",
		"They were named as Staff Sgt. Amit Cohen, 20, and Sgt. Yossi Levy, 34.",
		// A ratio "for every" unit counts no one.
		"For every square kilometre Russia took last year, it lost around 100 soldiers killed or wounded.",
		// "over two decades" is a length, no count.
		"The war's length: it lasted over two decades.",
		// A rate per head of a population counts no one.
		"The crude death rate in Khartoum state was 2.3 deaths per 10,000 people per day.",
		// A share; weapons used; a penalty.
		"Commanders said seven of every ten vehicle losses were caused by mines.",
		"The occupiers used 3,100 kamikaze drones over the past day.",
		"The flagship Moskva was sunk by two Neptune missiles in April 2022.",
		// A place's people, aid, a unit's kit, an age.
		"More than 55,000 people live in a territory of 2.1 million people, which is being shelled.",
		"Russia's tanks were replaced by Western donations of some 800 tanks.",
		"The brigade, equipped with about 30 Bradley vehicles, moved east.",
		"The average age of Russian soldiers killed in Ukraine is 35.",
		// A place's people after "among".
		"The shelling went on among Gaza's 2.1 million people.",
		// A ratio with no base; the displaced counted.
		"An estimated 2 in 5 Russian casualties are now killed outright, compared with 1 in 4 earlier in the war.",
		"The UN put the number of displaced at 400,000.",
		// Who told.
		"An ISWAP attack on the base was confirmed, according to two military officers.",
		// A force engaged.
		"Moscow pressed an offensive involving some 50,000 troops near the town, where fighting killed many.",
		// Whom a place holds.
		"The school, sheltering some 2,000 displaced people, was hit on Friday.",
		"The camp, which hosts around 500,000 people, was shelled again.",
		// A handover of bodies.
		"Ukraine returned the bodies of 502 Russian soldiers in exchange for 563 Ukrainian bodies on Friday.",
		// Captives held now: no count of losses.
		"The Israeli military says that about 240 people are held hostage in Gaza, and that 239 hostages are being held in tunnels.",
		"Courts have handed down 80 death sentences since the coup.",
		"The last 30 hostages held in the tunnels were handed over to the Red Cross.",
		"The gunmen said they were holding more than 200 hostages aboard the train.",
		"Russia holds about 8,000 Ukrainian prisoners of war, the ombudsman said.",
		// Events counted, weapons dropped or that hit, people in need,
		// the displaced "of them", a figure to reach in a year.
		"The group said it had carried out 31 operations with rockets and drones against army positions.",
		"The enemy carried out 40 air strikes, dropping 120 guided aerial bombs.",
		"The city has been hit by 14 glide bombs since Sunday, the mayor said.",
		"Years of fighting have left 19.5 million people in need of assistance.",
		"The war has uprooted more than 11 million people, 3.1 million of them across borders.",
		"On current trends, fatalities could pass 13,000 in 2026.",
		// A game's losses; a pace.
		"Pakistan lost three wickets for 15 runs in the powerplay.",
		"One child is killed every 10 minutes, the charity said.",
		// Sources, evidence and one picked out of many.
		"The post was overrun, two security sources said. One of them said the attackers came from the north.",
		"The town fell on Sunday, according to two military sources.",
		"These figures rest on three bodies of evidence, none of them complete.",
		"One of those strikes hit a school in the village.",
		"The charity ran one of the last functioning clinics in the camp.",
		// The other side of a ratio.
		"Losses fell to one Ukrainian casualty for every two or three Russian ones.",
		// Relief convoys counted.
		"Between 1 and 6 March, an average of 161 aid trucks a day entered the Strip.",
		// Ages of the dead.
		"Most of the dead came from poor regions. The median age of the dead is 35; the youngest was 18, the oldest 71.",
		// People who went to war.
		"In the village, well over a hundred men have gone to the front.",
		// People driven from their homes.
		"Beyond the dead, 11.5 million people have been driven from their homes.",
		// A ratio.
		"The ministry counted deaths by the same date, an undercount by a factor of about 1.5.",
		// Places counted beside the weapons shot down.
		"Air defences shot down Ukrainian drones over five regions overnight.",
		"Russia controls 18% of Ukraine's territory.",
		// A projection after a modal, with a time to come; an exchange.
		"Russian losses could surpass 1,500 a day if the tempo holds.",
		"Russia's losses are likely to exceed 1 million by the end of the year.",
		"Russian casualties are expected to pass 1,000,000 this summer.",
		"The two sides completed the exchange on Sunday, each side releasing 1,000 prisoners over three days.",
		// A number in a name.
		"The junta has been on the defensive since rebels launched Operation 1027.",
		"Congolese authorities said around 4,000 prisoners escaped from Munzenze prison during the battle.",
		// A disaster's toll, down to its last figure.
		"The ceasefire followed the March 28 earthquake, which killed more than 3,700 people and injured about 5,100.",
		"The war has cost $200bn so far.",
		"Ukraine's population fell by 8 million, and 6 million refugees left.",
		"Russia mobilised 300,000 men in 2022.",
		"Russia deployed 50,000 troops near Kharkiv.",
		"Russia produces 1,500 tanks a year and has 3,000 tanks in storage.",
		"The two sides exchanged 300 prisoners on Friday.",
		"On 21 September, 215 Ukrainian prisoners, including 108 members of the Azov regiment, were freed in a swap for 55 Russians.",
		"Two Russian guided bombs struck a hypermarket in Kharkiv on Saturday.",
		"| Aid trucks entering Gaza per day, July average | 69 |",
		"Russian forces launched drones at Ukraine overnight on March 10 to 11.",
		"Behind every one of these numbers is a child whose life was cut short, she said.",
		"CSIS put the ratio of Russian to Ukrainian dead at roughly 2.5 to one.",
		"Moscow, a city of 13 million people, is far from the front.",
		"If the current rate of attrition holds, Russian casualties could pass one million by the summer.",
		"The UN says at least 450,000 people have lost their homes as a result of the fighting.",
		"The AAPP says 8,835 people remain in detention.",
		"Russian units inflicted losses on three mechanised brigades of the AFU.",
		"Civilian casualties in Ukraine, 24 February 2022 – 31 October 2025",
		"The M23 took the town; the T72 is an old tank.",
		"The ratio of Russian to Ukrainian losses is about 3:1.",
		"One in five soldiers was wounded twice.",
		"The soldier, aged 19, served with the 3rd brigade.",
		"The war began in 2022 and the battle lasted 224 days.",
		"Russia could lose 2 million soldiers by 2027, analysts project.",
		"The front line is 1,000 km long.",
		"Ukraine received 31 Abrams tanks from the United States.",
		// Shares of something, captives still held, a disaster's dead, a
		// convoy's trucks, the second term of a ratio.
		"Traffic through the Suez Canal has fallen by about two thirds.",
		"The coordination headquarters said more than 8,000 Ukrainians were still held in Russian captivity.",
		"The strike came after the March 28 earthquake, which killed more than 3,700 people.",
		"• A UN convoy of 16 trucks reached Latakia city on 10 March.",
		"The ratio of wounded to killed is usually three to one, though it may be nearer two to one.",
		// People's cars; bodies handed over; hostages still held; an
		// exchange of prisoners.
		"Dozens of apartment buildings and about 40 cars were damaged by the blast wave, the governor said.",
		"Ukraine received the bodies of 909 fallen soldiers from Russia.",
		"Russia handed over the bodies of 1,000 Ukrainian soldiers.",
		"Fifty-nine hostages remain in Gaza, fewer than half of them believed to be alive.",
		"Of the hostages still held, 24 are believed alive.",
		"The exchange, agreed in Istanbul, is meant to total 1,000 prisoners for 1,000.",
		// A falling number; people living where the dead were; a
		// ratio's base.
		"Ukraine's population has fallen to about 33 million.",
		"The number of Ukrainian recruits has fallen to about 20,000 a month.",
		"About 1.9 million people are sheltering in tents in southern Gaza.",
		"In Sumy, where 20,000 people still live, the sirens rarely stop.",
		"Before the war, about one in every 40 residents worked for the state.",
		// A handover of the dead; losses foreseen.
		"Russia handed over 1,212 Ukrainian bodies on Wednesday.",
		"An escalation could cause 85,000 excess deaths in Gaza over six months.",
		"Researchers project 50,000 more deaths in Sudan from famine by December.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 0 {
			t.Errorf("%q: want no claim, got %d: %s (%q)", text, len(cs), Describe(&cs[0]), cs[0].Quote)
		}
	}
}

// A share of a figure the sentence gave that was no loss is no claim,
// nor a share of the toll the sentence before gave; nor a share of the
// wounded who returned to duty.
// TestOtherDeedTakesNoCategory: the object of another deed after a
// loss is not a part of it.
func TestOtherDeedTakesNoCategory(t *testing.T) {
	for _, text := range []string{
		"Troops killed 9 gunmen and arrested 23 wanted men in the camp.",
		"Police said they had detained 23 people after the riot that killed 9.",
	} {
		for _, c := range run(t, text, "2025-06-01", "") {
			if c.Low != nil && *c.Low == 23 {
				t.Errorf("%q: the arrested became a claim: %s %v", text, c.Category, *c.Low)
			}
		}
	}
}

func TestShareOfNoLoss(t *testing.T) {
	for _, text := range []string{
		"Some 30,000 people were killed in the city. Before the war it had about 6.2 million residents, roughly half of whom have since fled.",
		"The president put losses at 30,000 killed and 370,000 wounded, though he said about half of the wounded had returned to duty.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) == 0 || *cs[0].Low != 30000 || len(cs) != 1 && (len(cs) != 2 || *cs[1].Low != 370000) {
			t.Errorf("%q: got %d claims, want the toll's alone: %+v", text, len(cs), cs)
		}
	}
}

// "… and another four in Donetsk region": a figure with neither noun nor
// verb of its own after "and another" is more of the toll before it, of
// its category and time.
func TestAnotherInPlace(t *testing.T) {
	text := "Three people were killed in Sumy region overnight and another four in Donetsk region."
	cs := run(t, text, "2025-06-12", "")
	c := find(cs, want{category: "killed", low: f(4), high: f(4)})
	if c == nil || c.PeriodStart.String() != "2025-06-11" || c.PeriodEnd.String() != "2025-06-12" {
		t.Errorf("%q: want 4 killed over 2025-06-11 → 2025-06-12, got %+v", text, cs)
	}
}

// A transcript's turns: the speaker named by the label that opens the
// line speaks its figures and "we" is the speaker's side; an asker's
// label names no one; a single heading in capitals is no speaker.
func TestTranscriptTurns(t *testing.T) {
	text := "The president spoke to reporters on Monday.\nZELENSKY: Russia has lost more than 50,000 soldiers in Kursk.\nREPORTER: And Ukraine's losses?\nZELENSKY: We have lost 46,000 soldiers since the war began.\n"
	cs := run(t, text, "2025-03-12", "")
	if len(cs) != 2 || cs[0].Source != "Zelensky" || cs[1].Source != "Zelensky" || cs[1].Actor != "Ukraine" {
		for _, c := range cs {
			t.Logf("%s", Describe(&c))
		}
		t.Errorf("%q: want two claims spoken by Zelensky, the second Ukraine's", text)
	}
	for _, text := range []string{
		"BREAKING: Russian strike kills 12 in Kharkiv.\nRescuers are still searching the rubble.",
		"CLAIM: A post says Russia has lost one million soldiers killed.\nVERDICT: Misleading.",
	} {
		for _, c := range run(t, text, "2025-03-12", "") {
			if c.Source != "" {
				t.Errorf("%q: a heading named a source: %s", text, Describe(&c))
			}
		}
	}
}

// A share a count is of the whole ("their list covers 45% to 65% of the
// dead") gives the whole it implies, not a part of the count; a share
// people are of the count stays a part.
func TestCoverageShare(t *testing.T) {
	tests := []struct {
		text      string
		low, high *float64
		bound     string
	}{
		{"Mediazona has confirmed the names of 111,387 Russian soldiers killed. The journalists estimate that their list covers between 45% and 65% of the dead.", f(171365), f(247527), "range"},
		{"Mediazona has named 100,000 dead Russian soldiers. Its list covers at least half of the dead, the editors say.", nil, f(200000), "at_most"},
		{"The ministry has recorded 20,000 deaths. Its tally represents only about half of the dead.", f(40000), f(40000), "point"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		var got *attrition.Claim
		for i := range cs {
			if cs[i].Span[0] > strings.Index(tt.text, ". ") {
				got = &cs[i]
			}
		}
		if got == nil || !numEq(got.Low, tt.low) || !numEq(got.High, tt.high) || got.Bound != tt.bound {
			t.Errorf("%q: got %+v, want [%v, %v] %s", tt.text, got, fmtp(tt.low), fmtp(tt.high), tt.bound)
		}
	}
	cs := run(t, "Mediazona has named 100,000 dead Russian soldiers. Volunteers accounted for roughly a quarter of the dead.", "2025-06-12", "")
	for _, c := range cs {
		if *c.Low > 100000 {
			t.Errorf("volunteers' share gave a whole of %v", *c.Low)
		}
	}
}

// A text table with bars between its cells only, a rule drawn without
// bars under its header, and rows labelled by their day: each row is
// that day's losses, unless the document calls its figures cumulative.
func TestBarTableWithoutOuterBars(t *testing.T) {
	text := "DATE     | LOCATION            | KILLED | INJURED | NOTE\n---------+---------------------+--------+---------+------\n15 Mar   | Sanaa, Saada        |   53   |   98    | first night\n17 Apr   | Ras Isa, Hodeidah   |   80   |  150    |\n"
	cs := run(t, text, "2025-04-29", "")
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	if cs[2].Category != "killed" || *cs[2].Low != 80 || cs[2].PeriodStart.String() != "2025-04-17" || cs[2].PeriodEnd.String() != "2025-04-17" {
		t.Errorf("row 2: got %+v, want 80 killed on 17 April", cs[2])
	}
	cs = run(t, "date | personnel | tanks\n2026-03-02 | 1,262,410 | 11,694\n\nTotals are cumulative since the invasion.", "2026-03-04", "General Staff of the Armed Forces of Ukraine")
	if len(cs) != 2 || cs[0].PeriodStart.String() != "2022-02-24" || cs[0].PeriodEnd.String() != "2026-03-02" {
		t.Errorf("got %+v, want running totals to 2 March", cs)
	}
}

// A table laid out with spaces whose header gives each column a year
// and a total: every figure of a row takes the row's label and its
// column's year.
func TestYearColumns(t *testing.T) {
	text := "Table 4: Russian equipment losses, 2022-2024\n                     2022      2023      2024     Total\nMain battle tanks    1,210      930     1,480     3,620\nTowed artillery        420      610       700     1,730\n"
	cs := run(t, text, "2025-02-10", "")
	if len(cs) != 8 {
		t.Fatalf("got %d claims, want 8: %+v", len(cs), cs)
	}
	want := []struct{ cat, start, end string }{
		{"equipment:tanks", "2022-02-24", "2022-12-31"},
		{"equipment:tanks", "2023-01-01", "2023-12-31"},
		{"equipment:tanks", "2024-01-01", "2024-12-31"},
		{"equipment:tanks", "2022-02-24", "2024-12-31"},
		{"equipment:artillery", "2022-02-24", "2022-12-31"},
	}
	for i, w := range want {
		if c := cs[i]; c.Category != w.cat || c.PeriodStart.String() != w.start || c.PeriodEnd.String() != w.end {
			t.Errorf("claim %d: got %s %v %s→%s, want %s %s→%s", i, c.Category, *c.Low, c.PeriodStart, c.PeriodEnd, w.cat, w.start, w.end)
		}
	}
}

// A monthly export: the labelled month frames the list under it, whose
// rows name people alone and break the toll down; a bracket's month is
// the figure's after it.
func TestLabelledMonthList(t *testing.T) {
	text := "MONITOR — MONTHLY DEATH TOLL\nMonth: June 2025 | Issued: 2 July 2025 | Documented deaths: 2,310 (May: 1,960)\n\n  Civilians .................... 1,204\n      of whom children ......... 198\n  Government soldiers .......... 606\n"
	cs := run(t, text, "2025-07-02", "")
	want := []struct {
		low        float64
		start, end string
	}{{2310, "2025-06-01", "2025-06-30"}, {1960, "2025-05-01", "2025-05-31"}, {1204, "2025-06-01", "2025-06-30"}, {198, "2025-06-01", "2025-06-30"}, {606, "2025-06-01", "2025-06-30"}}
	if len(cs) != len(want) {
		t.Fatalf("got %d claims, want %d: %+v", len(cs), len(want), cs)
	}
	for i, w := range want {
		if c := cs[i]; c.Category != "killed" || *c.Low != w.low || c.PeriodStart.String() != w.start || c.PeriodEnd.String() != w.end {
			t.Errorf("claim %d: got %s %v %s→%s, want killed %v %s→%s", i, c.Category, *c.Low, c.PeriodStart, c.PeriodEnd, w.low, w.start, w.end)
		}
	}
}

// A table's title that breaks a toll down by place, with a bare range
// of dates: its rows are parts of the toll over that range, and the
// prose after the table takes nothing from them.
func TestByPlaceTable(t *testing.T) {
	text := "The group says 3,120 people have been killed since the coup.\n\nDeaths recorded by the group, by region (1 Mar 2021 - 28 Feb 2025)\nSagaing Region                 1,210\nMagway Region                    480\n\nSome 9,800 people remain in detention, including 1,100 women.\n"
	cs := run(t, text, "2025-03-05", "")
	if len(cs) != 3 {
		t.Fatalf("got %d claims, want 3: %+v", len(cs), cs)
	}
	for _, c := range cs[1:] {
		if c.Category != "killed" || c.PeriodStart.String() != "2021-03-01" || c.PeriodEnd.String() != "2025-02-28" {
			t.Errorf("row: got %s %v %s→%s, want killed 2021-03-01→2025-02-28", c.Category, *c.Low, c.PeriodStart, c.PeriodEnd)
		}
	}
}

// A weekly bulletin's table of the enemy's losses by group of forces:
// the week is the one its title named, not the seven days before it
// came out, and a row labelled with a region of the speaker's own land
// ("Sever (Kursk region)") is still the enemy's losses.
func TestEnemyTableUnderDatedTitle(t *testing.T) {
	text := "Summary of the Ministry of Defence on the progress of the special military operation (8-14 March 2025)\n\nEnemy losses over the week, by group of forces:\n\n| Group | Personnel | Tanks |\n|---|---|---|\n| Sever (Kursk region) | 1,960 | 9 |\n| Zapad | 1,420 | 3 |\n"
	cs := run(t, text, "2025-03-15", "Ministry of Defence of the Russian Federation")
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	for _, c := range cs {
		if c.Actor != "Ukraine" || c.PeriodStart.String() != "2025-03-08" || c.PeriodEnd.String() != "2025-03-14" {
			t.Errorf("%s: got %q %s→%s, want Ukraine 2025-03-08→2025-03-14", c.Quote, c.Actor, c.PeriodStart, c.PeriodEnd)
		}
	}
}

// A tracker's table of estimates with "Source" and "As of" columns: each
// row is a running total to its day, under its own source, and a side
// named in the source cell ("General Staff of Ukraine") is who counted,
// not whose losses; the bold heading over it says whose.
func TestSourceAsOfTable(t *testing.T) {
	text := "**Russian losses**\n\n| Source | As of | Figure |\n|---|---|---|\n| General Staff of Ukraine | 1 Jul 2025 | 1,019,380 personnel |\n| CSIS / Reuters | 3 Jun 2025 | ~950,000 casualties |\n"
	cs := run(t, text, "2025-07-02", "")
	want := []struct{ source, end string }{{"General Staff of the Armed Forces of Ukraine", "2025-07-01"}, {"CSIS", "2025-06-03"}}
	if len(cs) != len(want) {
		t.Fatalf("got %d claims, want %d: %+v", len(cs), len(want), cs)
	}
	for i, c := range cs {
		if c.Actor != "Russia" || c.Category != "casualties" || c.Source != want[i].source || c.PeriodStart.String() != "2022-02-24" || c.PeriodEnd.String() != want[i].end {
			t.Errorf("row %d: got %q %s %q %s→%s, want Russia casualties %q 2022-02-24→%s", i, c.Actor, c.Category, c.Source, c.PeriodStart, c.PeriodEnd, want[i].source, want[i].end)
		}
	}
}

// A list under "the following summary of enemy losses": each line is the
// enemy's, whatever place the heading names, and a status that closes a
// line's list of equipment is every item's.
func TestEnemyLossList(t *testing.T) {
	text := "The operations room publishes the following summary of enemy losses since the start of the ground incursion into southern Lebanon:\n- 42 Merkava tanks destroyed;\n- 2 Humvees, 2 armoured vehicles and 3 troop carriers destroyed;\n"
	cs := run(t, text, "2024-10-31", "Islamic Resistance in Lebanon")
	want := []string{"equipment:tanks", "equipment:vehicles", "equipment:armoured_vehicles", "equipment:armoured_vehicles"}
	if len(cs) != len(want) {
		t.Fatalf("got %d claims, want %d: %+v", len(cs), len(want), cs)
	}
	for i, c := range cs {
		if c.Actor != "Israel" || c.Category != want[i] || c.Status != "destroyed" {
			t.Errorf("%s: got %q %s %q, want Israel %s destroyed", c.Quote, c.Actor, c.Category, c.Status, want[i])
		}
	}
}

// A text titled as a digest of losses makes its list lines losses,
// however far below the title.
func TestLossTitleList(t *testing.T) {
	text := "Weekly loss digest, week 1 of 2026\nCompiled from the daily reports of the General Staff. All figures are the General Staff's own.\nThe week was quieter than the one before.\nIt covers every front.\n\nEQUIPMENT\nTanks: 21\nArtillery systems: 402\n"
	cs := run(t, text, "2026-01-05", "General Staff of the Armed Forces of Ukraine")
	if len(cs) != 2 || cs[0].Category != "equipment:tanks" || cs[1].Category != "equipment:artillery" {
		t.Fatalf("got %+v, want tanks and artillery", cs)
	}
}

// "The toll includes 17 foreign soldiers serving with …: 13 South
// Africans, 3 Malawians": parts of the toll, over its days, each of the
// country its people are named by; "serving" says who they were.
func TestTollIncludesParts(t *testing.T) {
	text := "At least 2,900 people were killed in the fighting for Goma between 26 and 30 January, the United Nations said. The toll includes 17 foreign soldiers serving with the UN mission and a regional force: 13 South Africans and 3 Malawians."
	cs := run(t, text, "2025-02-06", "")
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	for i, want := range []string{"", "", "South Africa", "Malawi"} {
		c := cs[i]
		if want != "" && c.Actor != want || c.PeriodStart.String() != "2025-01-26" || c.PeriodEnd.String() != "2025-01-30" {
			t.Errorf("%s: got %q %s→%s, want %q 2025-01-26→2025-01-30", c.Quote, c.Actor, c.PeriodStart, c.PeriodEnd, want)
		}
	}
}

// A part told after its whole with a time of its own ("40,000 of them in
// May") takes that time alone, and the people of the whole; a time told
// later still ("over the same period") is no longer the whole's.
func TestPartTimedApart(t *testing.T) {
	tests := []struct {
		text                 string
		whole, part, partPop string
	}{
		{"Russia has lost 1.2 million troops since the invasion, 40,000 of them in May, Ukraine's General Staff said.", "2022-02-24→2025-06-12", "2025-05-01→2025-05-31", "military"},
		{"Russia has lost 1.2 million troops, 40k of them in May, the General Staff said.", "2022-02-24→2025-06-12", "2025-05-01→2025-05-31", "military"},
		{"At least 12,000 civilians have been killed in Gaza, including 600 in May, the UN said.", "2023-10-07→2025-06-12", "2025-05-01→2025-05-31", "civilian"},
		{"At least 12,000 civilians have been killed in Gaza, of whom 600 since October, the UN said.", "2023-10-07→2025-06-12", "2024-10-01→2025-06-12", "civilian"},
		{"The Gaza health ministry said the death toll had risen to 55,104, with 120 killed over the preceding 24 hours.", "2023-10-07→2025-06-12", "2025-06-11→2025-06-12", "all"},
		{"Russia's losses have reached roughly 1.1 million killed and wounded, the commander said, and a fifth of them (220,000) were suffered in the last six months alone.", "2022-02-24→2025-06-12", "2024-12-12→2025-06-12", "military"},
		{"Russia has sustained 1,000,000 casualties, nearly half of them in the last year.", "2022-02-24→2025-06-12", "2024-06-12→2025-06-12", "military"},
		{"Of 900,000 Russian casualties, 45,000 occurred in May.", "2022-02-24→2025-06-12", "2025-05-01→2025-05-31", "military"},
		{"The Gaza health ministry said the death toll had risen to 55,104, including 120 people killed in the past 24 hours.", "2023-10-07→2025-06-12", "2025-06-11→2025-06-12", "all"},
		{"The General Staff put Russian personnel losses at 989,360, including 1,120 over the previous 24 hours, and said its forces hit 41 artillery systems over the same period.", "2022-02-24→2025-06-12", "2025-06-11→2025-06-12", "military"},
		// The death toll a day's deaths bring up runs from the war's start.
		{"Israeli strikes killed 41 people in Gaza on Monday, bringing the death toll to 55,362, the ministry said.", "2025-06-09→2025-06-09", "2023-10-07→2025-06-09", "all"},
		// A bare part set off by a comma has the window alone.
		{"The Gaza health ministry said 35,562 people had been killed, 106 in the past 24 hours.", "2023-10-07→2025-06-12", "2025-06-11→2025-06-12", "all"},
		// A participle after the losses dates them, not a statement.
		{"The Gaza Health Ministry said 57,575 people had been killed since the war began, with 105 deaths reported in the past 24 hours.", "2023-10-07→2025-06-12", "2025-06-11→2025-06-12", "all"},
		// A breakdown after a colon, in brackets or after "including":
		// the whole's people.
		{"HRMMU recorded 27,449 civilian casualties in Ukraine: 9,701 killed and 17,748 injured.", "2022-02-24→2025-06-12", "2022-02-24→2025-06-12", "civilian"},
		{"OHCHR recorded 27,449 civilian casualties in Ukraine (9,701 killed and 17,748 injured).", "2022-02-24→2025-06-12", "2022-02-24→2025-06-12", "civilian"},
		{"OHCHR has recorded 27,449 civilian casualties in Ukraine, including 9,701 killed and 17,748 injured.", "2022-02-24→2025-06-12", "2022-02-24→2025-06-12", "civilian"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) < 2 {
			t.Errorf("%q: got %d claims, want at least 2", tt.text, len(cs))
			continue
		}
		per := func(c attrition.Claim) string { return c.PeriodStart.String() + "→" + c.PeriodEnd.String() }
		if got := per(cs[0]); got != tt.whole {
			t.Errorf("%q: whole %s, want %s", tt.text, got, tt.whole)
		}
		if got := per(cs[1]); got != tt.part || cs[1].Population != tt.partPop {
			t.Errorf("%q: part %s %q, want %s %q", tt.text, got, cs[1].Population, tt.part, tt.partPop)
		}
	}
}

// A share of the total told in a clause after a part's own time takes
// the total's time.
func TestShareOfTotalAfterTimedPart(t *testing.T) {
	text := "Russia has suffered approximately 950,000 casualties, HUR said. Around 40% of them were suffered in the past year, he said, and about a quarter of the total (roughly 240,000) were killed."
	cs := run(t, text, "2025-06-12", "")
	if len(cs) != 3 {
		t.Fatalf("got %d claims, want 3: %+v", len(cs), cs)
	}
	for i, want := range []string{"2022-02-24", "2024-06-12", "2022-02-24"} {
		if got := cs[i].PeriodStart.String(); got != want {
			t.Errorf("%s: period from %s, want %s", cs[i].Quote, got, want)
		}
	}
}

// "…, up 1,110 from the previous day, as well as 6,536 tanks": the day's
// window is the increment's alone; the totals around it run from the
// war's start.
func TestIncrementWindow(t *testing.T) {
	text := "Two years into the full-scale invasion, the General Staff puts Russia's losses at 407,170 personnel, up 1,110 from the previous day, as well as 6,536 tanks."
	cs := run(t, text, "2024-02-24", "")
	if len(cs) != 3 {
		t.Fatalf("got %d claims, want 3: %+v", len(cs), cs)
	}
	want := []struct {
		low   float64
		start string
	}{{407170, "2022-02-24"}, {1110, "2024-02-23"}, {6536, "2022-02-24"}}
	for i, c := range cs {
		if *c.Low != want[i].low || c.PeriodStart.String() != want[i].start || c.PeriodEnd.String() != "2024-02-24" {
			t.Errorf("claim %d: got %v %s→%s, want %v %s→2024-02-24", i, *c.Low, c.PeriodStart, c.PeriodEnd, want[i].low, want[i].start)
		}
	}
}

// "including 1,140 over the past day, as well as 10,921 tanks"
// (Ukrinform's daily form): the part's day is its own, not the tanks'.
func TestPartWindowNotLent(t *testing.T) {
	for _, text := range []string{
		"The General Staff said Russia had lost 998,130 troops since February 2022, including 1,140 over the past day, as well as 10,921 tanks.",
		"The total combat losses of the enemy from February 24, 2022 to June 12, 2025 are estimated at: personnel - about 998,130 people, including 1,140 people over the past day; tanks - 10,921 (+3).",
	} {
		cs := run(t, text, "2025-06-12", "General Staff of the Armed Forces of Ukraine")
		c := find(cs, want{category: "equipment:tanks", low: f(10921), high: f(10921)})
		if c == nil || c.PeriodStart.String() != "2022-02-24" {
			t.Errorf("%q: want 10,921 tanks since 2022-02-24, got %+v", text, cs)
		}
		if c := find(cs, want{category: "casualties", low: f(1140), high: f(1140)}); c == nil || c.PeriodStart.String() != "2025-06-11" {
			t.Errorf("%q: want 1,140 over the past day, got %+v", text, cs)
		}
	}
}

// A list of estimates labelled by who made them: each line is its
// label's when the registry knows the body; "(as of …)" after a label's
// noun ends the label; "named dead" are dead.
func TestSourceLabelledList(t *testing.T) {
	text := "Russian losses in Ukraine (estimates)\n- Ukraine's General Staff: 771,500 personnel (as of 21 December 2024)\n- Mediazona: 88,055 named dead (as of 20 December 2024)\n"
	cs := run(t, text, "2025-08-10", "")
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(cs), cs)
	}
	want := []struct{ source, cat, end string }{
		{"General Staff of the Armed Forces of Ukraine", "casualties", "2024-12-21"},
		{"Mediazona", "killed", "2024-12-20"},
	}
	for i, c := range cs {
		if c.Actor != "Russia" || c.Source != want[i].source || c.Category != want[i].cat || c.PeriodEnd.String() != want[i].end {
			t.Errorf("line %d: got %q %q %s →%s, want Russia %q %s →%s", i, c.Actor, c.Source, c.Category, c.PeriodEnd, want[i].source, want[i].cat, want[i].end)
		}
	}
}

// A war not yet begun when the text came out is none of its figures'
// (the India–Pakistan war began in May 2025), and militants of no armed
// group the registry knows are no state's.
func TestWarNotYetBegun(t *testing.T) {
	cs := run(t, "Pakistan's military said 23 militants were killed in an operation in North Waziristan, while four soldiers lost their lives.", "2025-02-10", "")
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(cs), cs)
	}
	if cs[0].Actor != "" || cs[1].Actor != "Pakistan" {
		t.Errorf("got actors %q, %q; want none for the militants, Pakistan for its soldiers", cs[0].Actor, cs[1].Actor)
	}
	// Nor is a short war three months over, whose enemy the text never
	// names, the frame of other fighting.
	cs = run(t, "Pakistan's military said on Sunday that 13 soldiers were killed when a suicide bomber rammed a convoy in North Waziristan.", "2025-08-10", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() == "2025-05-07" || cs[0].PeriodEnd.String() != "2025-08-10" {
		t.Errorf("got %+v, want one claim outside the war of May 2025, ending on Sunday 10 August", cs)
	}
}

// A list's footer "Source: …" names the source of the figures above it
// that named none; a title "as of" a day ends the list's running totals
// there, though the text came out two weeks later, and a title opening
// with a known body ("Oryx: …") names the text's source.
func TestListFooterSourceAndTitleAsOf(t *testing.T) {
	cs := run(t, "<ul>\n<li><b>Killed:</b> 46,006</li>\n<li><b>Injured:</b> 109,378</li>\n</ul>\n<p>Source: Gaza Ministry of Health.</p>", "2025-03-14", "")
	if len(cs) != 2 || cs[0].Source != "Gaza Health Ministry" || cs[1].Source != "Gaza Health Ministry" {
		t.Errorf("footer source: got %+v", cs)
	}
	cs = run(t, "Russian Ministry of Defence, 14 March 2025: \"In the course of the day, the enemy lost up to 1,450 servicemen.\"", "2025-03-14", "")
	if len(cs) != 1 || cs[0].Source != "Ministry of Defence of the Russian Federation" || cs[0].Actor != "Ukraine" {
		t.Errorf("title source with its date: got %+v", cs)
	}
	cs = run(t, "Oryx: Russian equipment losses, as of 1 March 2025\n\nTanks: 3,735\nArtillery systems: 2,100\n", "2025-03-14", "")
	if len(cs) != 2 || cs[0].PeriodEnd.String() != "2025-03-01" || cs[1].PeriodEnd.String() != "2025-03-01" || cs[0].Source != "Oryx" {
		t.Errorf("title as of and source: got %+v", cs)
	}
}

// A tally titled "as of" a day long before publication runs to that day,
// and its changes are that day's, in a "Change" column with or without
// their sign.
func TestTallyAsOfTitle(t *testing.T) {
	cs := run(t, "<h2>Losses of the Russian army as of 25 March 2025</h2>\n<table>\n<tr><th>Category</th><th>Total</th><th>Change</th></tr>\n<tr><td>Tanks</td><td>10,266</td><td>+9</td></tr>\n<tr><td>Aircraft</td><td>370</td><td>0</td></tr>\n</table>", "2025-06-21", "")
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	for i, c := range cs {
		start, end := "2022-02-24", "2025-03-25"
		if i%2 == 1 {
			// The changes, "+9" and a "0" written without its sign.
			start = "2025-03-24"
		}
		if c.PeriodStart.String() != start || c.PeriodEnd.String() != end {
			t.Errorf("%s: got %s→%s, want %s→%s", c.Quote, c.PeriodStart, c.PeriodEnd, start, end)
		}
	}
}

// A table row labelled by a town: its dead are the town's people.
func TestTownRows(t *testing.T) {
	cs := run(t, "Date,Region,Killed,Injured\n2025-06-01,Kharkiv,3,12\n2025-06-02,Sumy,1,4\n", "2025-06-21", "")
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	for _, c := range cs {
		if c.Actor != "Ukraine" {
			t.Errorf("%s: actor %q, want Ukraine", c.Quote, c.Actor)
		}
	}
}

// A tally line's bracketed change after people ("personnel (+1,080)") is
// the change of the last day of the total's own period; a window inside
// the bracket is the change's, not the total's.
func TestTallyChangeAfterPeople(t *testing.T) {
	cs := run(t, "Ukrainian Defence Ministry: the enemy's losses from 24.02.22 to 01.04.25 amounted to approximately 902,020 personnel (+1,080 over the past day).", "2025-07-10", "")
	if len(cs) != 2 || cs[1].PeriodStart.String() != "2025-03-31" || cs[1].PeriodEnd.String() != "2025-04-01" || *cs[1].Low != 1080 {
		t.Fatalf("got %+v, want the total and a change of 1,080 over 2025-03-31→2025-04-01", cs)
	}
	cs = run(t, "Russia lost 4,120 tanks (+7 over the past day).", "2025-07-10", "")
	if len(cs) != 2 || cs[0].PeriodStart.String() != "2022-02-24" {
		t.Fatalf("got %+v, want the total from the war's start", cs)
	}
}

// A header cell that names its year ("Deaths in 2024") is a header, not
// a row of figures, and its year is its column's period.
func TestHeaderCellYear(t *testing.T) {
	cs := run(t, "| Conflict | Deaths in 2024 | Source |\n|---|---|---|\n| Myanmar | 15,000 | ACLED |\n", "2025-06-21", "")
	if len(cs) != 1 || cs[0].Category != "killed" || cs[0].PeriodStart.String() != "2024-01-01" || cs[0].PeriodEnd.String() != "2024-12-31" || cs[0].Source != "ACLED" {
		t.Fatalf("got %+v, want one killed 2024-01-01→2024-12-31 from ACLED", cs)
	}
}

// A table that breaks a toll down by who inflicted it: the rows keep
// the toll's side, whatever side their labels name.
func TestByPerpetratorTable(t *testing.T) {
	text := "The network documented the killing of 2,240 civilians in Syria in 2024.\n\nTable 3: Civilian deaths in 2024 by perpetrator party\nPerpetrator party                 Victims    Of whom children\nRussian forces                         41                  12\nIsraeli forces                         19                   4\n"
	cs := run(t, text, "2025-01-10", "")
	if len(cs) != 5 {
		t.Fatalf("got %d claims, want 5: %+v", len(cs), cs)
	}
	for _, c := range cs[1:] {
		if c.Category != "killed" || c.Actor != "Syria" {
			t.Errorf("row: got %s %s %v, want Syria killed", c.Actor, c.Category, *c.Low)
		}
	}
}

// A block of comma-separated lines is a table: its header names the
// columns, a quoted cell keeps its commas, and quotes come from the text
// as given. Prose with commas between digits is no table.
func TestCSVTable(t *testing.T) {
	text := "# strikes.csv\ndate,district,killed,injured,notes\n2025-05-02,Hpakant,6,14,\"market, bus station\"\n2025-05-09,Mogaung,,3,\n"
	cs := run(t, text, "2025-05-20", "")
	if len(cs) != 3 {
		t.Fatalf("got %d claims, want 3: %+v", len(cs), cs)
	}
	if cs[0].Category != "killed" || *cs[0].Low != 6 || cs[0].PeriodStart.String() != "2025-05-02" || cs[0].Quote != "6" {
		t.Errorf("row 1: got %+v, want 6 killed on 2 May", cs[0])
	}
	if cs[2].Category != "wounded" || *cs[2].Low != 3 || cs[2].PeriodStart.String() != "2025-05-09" {
		t.Errorf("row 2: got %+v, want 3 injured on 9 May", cs[2])
	}
	for _, line := range []string{"1,000,000,000,000", "Tanks,tanks,tanks", "a, b, c, d"} {
		if n := csvSeparators([]byte(line)); n >= 3 {
			t.Errorf("%q: %d separators, want no row", line, n)
		}
	}
	if csvBars([]byte("one,two,three,four\nSome prose, with commas, here, too.\n")) != nil {
		t.Error("a lone comma-separated line became a table")
	}
}

// A table laid out with spaces, whose header holds figures that only
// describe its columns, under a title that says it lists the dead by
// name: its rows are floors of the dead.
func TestSpaceTableHeaderWithFigures(t *testing.T) {
	text := "Russian military deaths confirmed by name, by region\n\nRegion                  Confirmed deaths   Population (m)   Per 10,000 men aged 18-60\nBashkortostan                      4,781            4.0               21.4\nBuryatia                           2,433            1.0               44.6\n"
	cs := run(t, text, "2025-05-30", "Mediazona")
	if len(cs) != 2 || cs[1].Category != "killed" || *cs[1].Low != 2433 || cs[1].Bound != "at_least" {
		t.Errorf("got %+v, want two floors of the dead, 4,781 and 2,433", cs)
	}
}

// A change "from 31 to 38" gives the count now and the count before,
// not a range, however far the verb of change stands.
func TestChangeFromTo(t *testing.T) {
	cs := run(t, "Regional officials raised the toll from a Russian missile strike on a covered market in Zaporizhzhia from 31 to 38 on Tuesday.", "2025-06-12", "")
	if len(cs) != 2 || *cs[0].Low != 38 || cs[0].Bound != "point" || *cs[1].Low != 31 || cs[1].Quote != "from 31" {
		t.Errorf("got %+v, want 38 killed and 31 killed before", cs)
	}
}

// Dot leaders join a label to its figure and end no sentence.
func TestDotLeaders(t *testing.T) {
	cs := run(t, "Russian losses over the past day:\nTanks ............ 4\nArtillery systems ........ 12\n", "2025-04-01", "General Staff of the Armed Forces of Ukraine")
	if len(cs) != 2 || cs[1].Category != "equipment:artillery" || *cs[1].Low != 12 {
		t.Errorf("got %+v, want 4 tanks and 12 artillery systems", cs)
	}
}

// The whole of weapons shot down ("66 of 104 drones") is what was
// launched, no loss of its own.
func TestDownedOfLaunched(t *testing.T) {
	cs := run(t, "The air force said it shot down 66 of 104 Russian attack drones overnight.", "2025-06-12", "")
	if len(cs) != 1 || *cs[0].Low != 66 || cs[0].Category != "equipment:drones" {
		t.Errorf("got %+v, want the 66 drones alone", cs)
	}
	// The part downed of a launch, in every shape the air force's
	// figures take: the launch itself is no loss.
	for _, text := range []string{
		"Russia launched 96 drones, and 62 of them were shot down.",
		"Russia launched 96 drones overnight, 62 of which were shot down.",
		"Russia launched 96 drones overnight, and air defences shot down 62.",
		"Russia launched 96 drones overnight. 62 of them were destroyed by air defences.",
		"Russia launched 96 drones overnight. Air defences shot down 62.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || *cs[0].Low != 62 || cs[0].Category != "equipment:drones" || cs[0].Actor != "Russia" {
			t.Errorf("%q: got %+v, want Russia's 62 drones alone", text, cs)
		}
	}
}

// The whole of a part whose people were deployed is no toll of its own;
// people deployed who were killed are.
func TestDeployedWhole(t *testing.T) {
	for _, c := range run(t, "At least 100 of the roughly 11,000 North Korean soldiers deployed to Kursk had been killed.", "2025-06-12", "") {
		if c.Low != nil && *c.Low == 11000 {
			t.Errorf("the 11,000 deployed read as a claim: %+v", c)
		}
	}
	cs := run(t, "A security source said 16 Burundian soldiers deployed alongside the army had been killed.", "2025-06-12", "")
	if len(cs) != 1 || *cs[0].Low != 16 {
		t.Errorf("got %+v, want 16 killed", cs)
	}
}

// A Ukrainian unit's "eliminated" beside its count of the same side's
// wounded counts the dead; alone it counts the wounded too.
func TestEliminatedBesideWounded(t *testing.T) {
	cs := run(t, "Results of the week near Kupiansk:\n\noccupiers eliminated: 386\noccupiers wounded: 271\ntaken prisoner: 9", "2025-06-12", "Ukraine's 3rd Assault Brigade")
	if len(cs) == 0 || cs[0].Category != "killed" || *cs[0].Low != 386 {
		t.Errorf("got %+v, want 386 killed first", cs)
	}
	cs = run(t, "Over the past day Ukrainian units eliminated 1,200 occupiers, the General Staff said.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Category != "casualties" {
		t.Errorf("got %+v, want 1,200 casualties", cs)
	}
}

func TestActors(t *testing.T) {
	tests := []struct {
		text, source string
		w            want
	}{
		{"Russia's forces have lost 50,000 troops.", "", want{category: "casualties", low: f(50000), high: f(50000), actor: "Russia"}},
		// A town's name inside a person's is no place; one of a side's
		// ranks is its own loss.
		{"Police spokesperson Abdifatah Aden Hassan said five attackers were killed.", "", want{category: "killed", low: f(5), high: f(5), actor: "-"}},
		{"The Israeli army says a reservist was killed by an explosive device in Khan Younis on Saturday.", "", want{category: "killed", low: f(1), high: f(1), actor: "Israel"}},
		// Sides of other wars under their common names, and places that
		// name their country.
		{"America lost about 2,400 troops in Afghanistan.", "", want{category: "casualties", low: f(2400), high: f(2400), actor: "United States"}},
		// "the enemy" of a state agency's dateline, of a speaker named in
		// the sentence after, of another war's defenders.
		{"KYIV, June 11 (Ukrinform) — Over the past day, the enemy lost 1,140 personnel.", "", want{category: "casualties", low: f(1140), high: f(1140), actor: "Russia"}},
		{"MOSCOW, June 11 (TASS) — Over the past day, the enemy lost up to 1,200 servicemen.", "", want{category: "casualties", high: f(1200), actor: "Ukraine"}},
		{"The enemy lost about 1,140 personnel over the past day. This was reported by the General Staff of the Armed Forces of Ukraine.", "", want{category: "casualties", low: f(1140), high: f(1140), actor: "Russia", source: "General Staff of the Armed Forces of Ukraine"}},
		{"Resistance fighters killed 3 occupiers in an ambush in Beit Hanoun, northern Gaza.", "", want{category: "killed", low: f(3), high: f(3), actor: "Israel"}},
		// "the figure was" again: the side just counted, not the
		// speaker's.
		{"In 2023, Zelensky said, Russia lost 250,000 soldiers; in 2024 the figure was 430,000.", "", want{category: "casualties", low: f(430000), high: f(430000), actor: "Russia"}},
		// "murdered" names the doers as "killed" does; militiamen a
		// leader's troops killed are the enemy's fighters.
		{"Herzog said Hamas murdered 1,200 people and abducted 251 hostages.", "", want{category: "killed", low: f(1200), high: f(1200), actor: "Israel"}},
		{"Abdel Fattah al-Burhan said his troops had killed 3,000 militiamen in Omdurman.", "", want{category: "killed", low: f(3000), high: f(3000), actor: "Sudan (RSF)"}},
		// A leader's "his forces" are his side's; the soldiers they
		// killed are the enemy's.
		{"Zelensky said his forces had lost 4,000 men in Kursk.", "", want{category: "casualties", low: f(4000), high: f(4000), actor: "Ukraine"}},
		{"Min Aung Hlaing said his troops had lost 4,000 men.", "", want{category: "casualties", low: f(4000), high: f(4000), actor: "Myanmar"}},
		{"Hemedti said his forces had lost 4,000 men in the battle for Khartoum and killed 12,000 army soldiers.", "", want{category: "killed", low: f(12000), high: f(12000), actor: "Sudan (SAF)"}},
		// Sides of other wars by name.
		{"Britain lost 255 servicemen; Argentina lost 649.", "", want{category: "casualties", low: f(649), high: f(649), actor: "Argentina"}},
		{"South Vietnamese military deaths are estimated at 250,000.", "", want{category: "killed", low: f(250000), high: f(250000), actor: "South Vietnam"}},
		// An army's intelligence counts the enemy's losses, not its own
		// side's.
		{"According to Ukrainian intelligence, Russia's irrecoverable losses amount to about 250,000, while sanitary losses exceed 500,000.", "", want{category: "wounded", low: f(500000), actor: "Russia"}},
		// "near the village of Khiam" is where the tanks were hit, not
		// whose they were.
		{"Hezbollah said its fighters had destroyed four tanks near the village of Khiam.", "", want{category: "equipment:tanks", low: f(4), high: f(4), actor: "Israel"}},
		// Sweida names Syria.
		{"Clashes in Sweida killed 30 people on Sunday.", "", want{category: "killed", low: f(30), high: f(30), actor: "Syria"}},
		// A West Bank village names the West Bank.
		{"Israeli settlers attacked the village of Sinjil on Sunday, wounding 12 Palestinians.", "", want{category: "wounded", low: f(12), high: f(12), actor: "Palestinians in the West Bank"}},
		// A merchant ship's crew are no side's.
		{"The Houthis have attacked more than 100 merchant ships since November 2023, sinking two and killing four sailors.", "", want{category: "killed", low: f(4), high: f(4), actor: "-"}},
		// Where captives were taken is the takers' land.
		{"Hamas-led militants killed about 1,200 people in southern Israel on October 7, 2023, and took 251 hostages to Gaza.", "", want{category: "captured", low: f(251), high: f(251), actor: "Israel"}},
		// The side a man spied for is not whose loss he is.
		{"Iran executed three men accused of spying for Israel on Wednesday.", "", want{category: "killed", low: f(3), high: f(3), actor: "-"}},
		// Britain of the First World War; a count of another, older war
		// takes no side from a later sentence of this one.
		{"By comparison, Britain lost around 900,000 soldiers killed in the First World War.", "", want{category: "killed", low: f(900000), high: f(900000), actor: "United Kingdom"}},
		{"In the Iran-Iraq war, perhaps 500,000 soldiers died. Ukraine's losses are a state secret.", "", want{category: "killed", low: f(500000), high: f(500000), actor: "-"}},
		// "its soldiers", "it lost": the speaker's own, wherever they fell.
		{"Kenya's military said 12 of its soldiers were killed in Somalia.", "", want{category: "killed", low: f(12), high: f(12), actor: "Kenya"}},
		{"South Africa's defence force said 14 of its soldiers had been killed in eastern DR Congo.", "", want{category: "killed", low: f(14), high: f(14), actor: "South Africa"}},
		// A state's enemies where they fell are not its people.
		{"Troops killed 20 insurgents near Mogadishu.", "", want{category: "killed", low: f(20), high: f(20), actor: "-"}},
		{"At Stalingrad the Red Army lost some 480,000 men killed.", "", want{category: "killed", low: f(480000), high: f(480000), actor: "Soviet Union"}},
		{"Israel killed 20 IRGC members on Friday.", "", want{category: "killed", low: f(20), high: f(20), actor: "Iran"}},
		{"Two Mexican soldiers were killed on Wednesday.", "", want{category: "killed", low: f(2), high: f(2), actor: "Mexico"}},
		{"A car bomb killed 12 people in Mogadishu on Sunday.", "", want{category: "killed", low: f(12), high: f(12), actor: "Somalia"}},
		// An army's spokesman counts as his army: what "were destroyed"
		// is the enemy's.
		{"Konashenkov said 2 Leopard tanks were destroyed.", "", want{category: "equipment:tanks", low: f(2), high: f(2), actor: "Ukraine"}},
		{"Hamas's October 2023 attack on Israel killed 1,219 people, mostly civilians.", "", want{category: "killed", low: f(1219), high: f(1219), actor: "Israel"}},
		// Another place's war in a time phrase names no dead.
		{"Israeli troops have killed 950 Palestinians in the West Bank since the war in Gaza started.", "", want{category: "killed", low: f(950), high: f(950), actor: "Palestinians in the West Bank"}},
		// A bare part of the people just counted is theirs.
		{"The IDF said 883 soldiers have died, including 6 in the past week.", "", want{category: "killed", low: f(6), high: f(6), actor: "Israel"}},
		// The doer past its weapon's words or the aside of its helpers.
		{"An al-Shabaab suicide bomber killed 12 soldiers.", "", want{category: "killed", low: f(12), high: f(12), actor: "Somalia"}},
		{"Mozambican troops, backed by Rwandan forces, killed 12 insurgents in Cabo Delgado.", "", want{category: "killed", low: f(12), high: f(12), actor: "-"}},
		{"Clashes between the army and Fano left 27 soldiers dead on 3 June.", "", want{category: "killed", low: f(27), high: f(27), actor: "Ethiopia"}},
		// Land "controlled by" a side is its, not a doer.
		{"The UN has recorded 13,580 civilian deaths, most of them in areas controlled by Ukraine.", "", want{category: "killed", low: f(13580), high: f(13580), actor: "Ukraine"}},
		// Civilians have no equipment.
		{"The Sudanese army destroyed 40 combat vehicles near El Obeid.", "", want{category: "equipment:armoured_vehicles", low: f(40), high: f(40), actor: "-"}},
		// A name after another figure joined by "and" is that one's.
		{"The war has killed more than 4,000 people in Lebanon and about 80 Israelis.", "", want{category: "killed", low: f(4000), actor: "Lebanon"}},
		// Raiders killed are of no state's.
		{"Militants attacked a police post in Pakistan, killing four officers. Two attackers were also killed.", "", want{category: "killed", low: f(2), high: f(2), actor: "-"}},
		// An answer is of the side its question asked of.
		{"How many Israeli soldiers have died in Gaza?\nMore than 420, according to the Israel Defense Forces, since the ground invasion began on 27 October 2023.", "", want{category: "killed", low: f(420), actor: "Israel"}},
		// Figures "respectively" of the sides or kinds named together.
		{"Russia and Ukraine have lost 250,000 and 100,000 soldiers killed, respectively, according to the envoy.", "", want{category: "killed", low: f(250000), high: f(250000), actor: "Russia"}},
		{"ACLED recorded 95 and 210 fatalities in Mali and Burkina Faso respectively last week.", "", want{category: "killed", low: f(95), high: f(95), actor: "Mali"}},
		{"US officials put Russian dead and wounded at 120,000 and 180,000 respectively in August 2023.", "", want{category: "wounded", low: f(180000), high: f(180000), actor: "Russia"}},
		// "on the X side": each figure its side's, the second elided.
		{"Some 3,000 were killed on the Iranian side and 1,500 on the Iraqi side.", "", want{category: "killed", low: f(1500), high: f(1500), actor: "Iraq"}},
		// A list's items after one verb are of one side.
		{"Kyiv says it has destroyed 10,934 tanks and 22,800 armoured vehicles.", "", want{category: "equipment:armoured_vehicles", low: f(22800), high: f(22800), actor: "Russia"}},
		{"Moscow said its forces had shot down 4 ATACMS missiles, 12 HIMARS rockets and 35 drones in the past 24 hours.", "", want{category: "equipment:drones", low: f(35), high: f(35), actor: "Ukraine"}},
		{"Russia lost 40 tanks and Ukraine 12 armoured vehicles.", "", want{category: "equipment:armoured_vehicles", low: f(12), high: f(12), actor: "Ukraine"}},
		// Weapons downed by a side's air defences, over its land, are
		// the other side's.
		{"Ukraine's Patriot batteries intercepted 6 Kinzhal missiles over Kyiv overnight.", "", want{category: "equipment:missiles", low: f(6), high: f(6), actor: "Russia"}},
		{"Air defences intercepted 6 Kinzhal missiles over Kyiv overnight.", "", want{category: "equipment:missiles", low: f(6), high: f(6), actor: "Russia"}},
		{"Israel's Iron Dome intercepted 40 rockets fired from Gaza on Friday.", "", want{category: "equipment:missiles", low: f(40), high: f(40), actor: "Palestinians in Gaza"}},
		// "Their" in a speaker's own words is the other side.
		{"Zelensky said: \"Their losses are enormous: 1,500 soldiers a day.\"", "", want{category: "casualties", low: f(1500), high: f(1500), actor: "Russia"}},
		// "war losses", "war dead": the side's own in its war.
		{"Russia's war losses near 1m, Kyiv says", "", want{category: "casualties", low: f(1e6), high: f(1e6), actor: "Russia"}},
		{"Russia's war dead top 100,000", "", want{category: "killed", low: f(100000), actor: "Russia"}},
		// A capital before its attack is where it struck.
		{"Kyiv attack: 28 dead", "", want{category: "killed", low: f(28), high: f(28), actor: "Ukraine"}},
		// A corps named before its people is no count of units.
		{"20 Africa Corps fighters were killed near Kidal.", "", want{category: "killed", low: f(20), high: f(20), actor: "Russia"}},
		// After an armed group's dead, soldiers are the army's it
		// fights, not the group's.
		{"Troops killed 45 al-Shabaab fighters in Hiraan. Two soldiers died in the fighting.", "", want{category: "killed", low: f(2), high: f(2), actor: "Somalia"}},
		{"The army killed 70 RSF fighters near Bara. Five soldiers were killed in the clashes.", "", want{category: "killed", low: f(5), high: f(5), actor: "Sudan (SAF)"}},
		// A war named by its two parties joined by a dash is neither's.
		{"The Iran–Iraq War resulted in an estimated 500,000 military deaths.", "", want{category: "killed", low: f(500000), high: f(500000), actor: "-"}},
		{"The Israel–Hezbollah conflict killed 4,000 people.", "", want{category: "killed", low: f(4000), high: f(4000), actor: "-"}},
		{"Iran lost 200,000 soldiers in the Iran–Iraq War.", "", want{category: "casualties", low: f(200000), high: f(200000), actor: "Iran"}},
		// Each side's claim after "while" has its own doer.
		{"Pakistan said 31 civilians were killed in Indian strikes, while India said at least 13 people died in Pakistani shelling in Indian Kashmir.", "", want{category: "killed", low: f(13), actor: "India"}},
		{"Pakistan said 31 civilians were killed, while India said at least 13 people died in Pakistani shelling in Indian Kashmir.", "", want{category: "killed", low: f(31), high: f(31), actor: "Pakistan"}},
		// An unnamed official of a power at no war the registry knows
		// speaks of others' dead; one of a side speaks of its own.
		{"At least 40 people were killed in the attack, a US official said.", "", want{category: "killed", low: f(40), actor: "-"}},
		{"At least 40 people were killed in the attack, a Ukrainian official said.", "", want{category: "killed", low: f(40), actor: "Ukraine"}},
		// An army of another war, named in the figure's words or as the
		// subject of its loss, not the land it fought in.
		{"457 British personnel died in Afghanistan.", "", want{category: "killed", low: f(457), high: f(457), actor: "United Kingdom"}},
		{"Argentina lost 649 servicemen in the Falklands war.", "", want{category: "casualties", low: f(649), high: f(649), actor: "Argentina"}},
		{"Britain has lost more than 450 troops in Afghanistan.", "", want{category: "casualties", low: f(450), actor: "United Kingdom"}},
		// An enemy word with no speaker to resolve it: the side it names
		// itself, or, as the doer, the land it struck.
		{"As a result of the enemy's shelling, 2 people were killed in Kherson region over the past day.", "", want{category: "killed", low: f(2), high: f(2), actor: "Ukraine"}},
		{"The Russian invaders lost 1,120 personnel over the past day.", "", want{category: "casualties", low: f(1120), high: f(1120), actor: "Russia"}},
		{"The ruscists lost 1,120 personnel over the past day.", "", want{category: "casualties", low: f(1120), high: f(1120), actor: "Russia"}},
		// A part whose people the predicate names.
		{"Coalition casualties in Iraq totalled 4,825 dead, of whom 4,497 were American.", "", want{category: "killed", low: f(4497), high: f(4497), actor: "United States"}},
		// Jihadists killed where a state fights alone are no state's.
		{"The army killed 30 jihadists in northern Burkina Faso.", "", want{category: "killed", low: f(30), high: f(30), actor: "-"}},
		// "the army had lost": the speaking army's own loss, or, said by
		// its enemy, the army's.
		{"A Sudanese army spokesman said the army had lost 30 soldiers.", "", want{category: "casualties", low: f(30), high: f(30), actor: "Sudan (SAF)"}},
		{"The RSF said the army had lost 30 soldiers.", "", want{category: "casualties", low: f(30), high: f(30), actor: "Sudan (SAF)"}},
		// A figure after a semicolon with no people of its own is of
		// the people before, not of the speaker named between.
		{"1,000 Russian troops were killed, Ukraine said; 216 were captured.", "", want{category: "captured", low: f(216), high: f(216), actor: "Russia"}},
		// "wounded 23 others": others of the same people.
		{"RSF shelling on El Obeid killed 11 civilians and wounded 23 others.", "", want{category: "wounded", low: f(23), high: f(23), actor: "Sudan (civilians)"}},
		// Sudan's sides by the names their enemies give them.
		{"Our forces killed more than 300 of Burhan's militia in El Fasher.", "", want{category: "killed", low: f(300), bound: "more_than", actor: "Sudan (SAF)"}},
		{"The army said it killed hundreds of Dagalo militia fighters in Bara.", "", want{category: "killed", low: f(100), bound: "at_least", actor: "Sudan (RSF)"}},
		// A war named by its two parties is both's.
		{"At least 500 people have been killed in the war between Russia and Ukraine.", "", want{category: "killed", low: f(500), actor: "-"}},
		{"Fighting between the M23 and Congolese troops has killed 50 soldiers.", "", want{category: "killed", low: f(50), high: f(50), actor: "-"}},
		// Each figure of a list keeps its own place, however many.
		{"In 2024, political violence killed 4,300 people in Mali, 3,800 in Burkina Faso and 2,300 in Niger.", "", want{category: "killed", low: f(2300), high: f(2300), actor: "Niger"}},
		// The strikes' own clause names the attacker; the target named
		// after "attacks on" is where the dead fell.
		{"HRW documented three Russian strikes that killed 40 civilians.", "", want{category: "killed", low: f(40), high: f(40), actor: "Ukraine"}},
		{"Amnesty investigated two Israeli strikes in Gaza that killed 46 civilians.", "", want{category: "killed", low: f(46), high: f(46), actor: "Palestinians in Gaza"}},
		{"Houthi attacks on Israel killed one civilian in May.", "", want{category: "killed", low: f(1), high: f(1), actor: "Israel"}},
		// A mission's soldiers are their own country's, named in the
		// figure's words or by the army speaking for them; not those of
		// the side that shot at them, nor of its enemy.
		{"Two UNIFIL peacekeepers were wounded by Israeli fire near Naqoura, the mission said.", "", want{category: "wounded", low: f(2), high: f(2), actor: "-"}},
		{"Thirteen peacekeepers were killed in clashes with M23 rebels last week.", "", want{category: "killed", low: f(13), high: f(13), actor: "-"}},
		{"Three Malawian peacekeepers were killed in clashes with M23 rebels.", "", want{category: "killed", low: f(3), high: f(3), actor: "Malawi"}},
		{"Malawi's army said three of its peacekeepers had died in the fighting.", "", want{category: "killed", low: f(3), high: f(3), actor: "Malawi"}},
		// The second of two joined figures is of the same people, whose
		// side the first left open.
		{"Sudanese soldiers clashed with Chadian troops. In all, the fighting killed at least 40 people on both sides of the border and wounded about 90.", "", want{category: "wounded", low: f(90), high: f(90), actor: "-"}},
		// "The enemy" in the words of Russia's defence ministry, with no
		// source given: its groups of forces and "the AFU" speak for it.
		{"Units of the Zapad group of forces inflicted losses on three brigades of the AFU. The enemy lost up to 175 servicemen.", "", want{category: "casualties", high: f(175), bound: "at_most", actor: "Ukraine"}},
		// "of them" after a sentence that counted people but claimed no
		// loss of them: the side it named, not the doer named after.
		{"Pyongyang sent about 11,000 troops to the region late last year. Seoul's spy agency said that about 300 of them had been killed, and that two had been captured by Ukrainian forces.", "", want{category: "killed", low: f(300), high: f(300), actor: "North Korea"}},
		// "its fighters had seized": the speaker's own took them; the
		// enemy lost them.
		{"The RSF said its fighters had repelled an army advance, seizing 14 combat vehicles.", "", want{category: "equipment:armoured_vehicles", low: f(14), high: f(14), actor: "Sudan (SAF)"}},
		// Hostages taken "into Gaza" are not Gaza's people; a release
		// told in a later clause is no swap of these.
		{"Some 240 people were taken hostage into Gaza, according to the army, which says it has since freed one soldier in a raid.", "", want{category: "captured", low: f(240), high: f(240), actor: "Israel"}},
		// A party named in "between the army and the RSF" names the war:
		// its toll of people is every side's, from the war's first day.
		{"Sudan's war, which erupted in April 2023 between the army and the RSF, has killed tens of thousands of people.", "", want{category: "killed", low: f(10000), bound: "at_least", actor: "-", start: "2023-04-15"}},
		// An armed group has fighters; soldiers not named as anyone's
		// are those of the state it fights, in the same sentence or
		// the next.
		{"Troops neutralised 8 ISWAP fighters in Borno on Tuesday, while two soldiers were wounded.", "", want{category: "wounded", low: f(2), high: f(2), actor: "Nigeria"}},
		{"Hamas gunmen attacked the post. Three soldiers were killed.", "", want{category: "killed", low: f(3), high: f(3), actor: "Israel"}},
		// "M23" is read as the text writes it, letter and glued figure.
		{"The M23 said it lost 22 fighters in the clashes.", "", want{category: "casualties", low: f(22), high: f(22), actor: "M23"}},
		// People killed in a battle are no armed group's fighters, though
		// the group was the last side named.
		{"M23 rebels seized Goma on 27 January. The UN said around 3,000 people were killed in the battle for the city.", "", want{category: "killed", low: f(3000), high: f(3000), actor: "-"}},
		// The town a battle was fought for is where, not whose.
		{"In total, 1,200 Russian servicemen were killed and 3,500 wounded in the battle for Vuhledar.", "", want{category: "wounded", low: f(3500), high: f(3500), actor: "Russia"}},
		// "Hamas-led fighters killed": the side that leads the doers is
		// a doer, not the subject of the sentence's other verb.
		{"Israel launched its offensive after Hamas-led fighters killed some 1,200 people in southern Israel on 7 October 2023.", "", want{category: "killed", low: f(1200), high: f(1200), actor: "Israel"}},
		// A well-known official speaks for his side: "we" lost are its.
		{"\"We lost 43,000 soldiers on the battlefield,\" President Volodymyr Zelensky said in December.", "", want{category: "casualties", low: f(43000), high: f(43000), actor: "Ukraine", source: "Volodymyr Zelensky"}},
		// Part of the equipment just counted keeps its side, whatever
		// place it fell over.
		{"Russia's defence ministry said it had shot down 337 Ukrainian drones overnight, 126 of them over the Kursk region.", "", want{category: "equipment:drones", low: f(126), high: f(126), actor: "Ukraine"}},
		// "…were sent to Kursk, of whom about 4,000 have been killed": the
		// part is of the people sent, whose sending vetoes nothing of it.
		{"Officials estimate that some 11,000 North Korean troops were sent to Russia's Kursk region, of whom about 4,000 have been killed or wounded.", "", want{category: "casualties", low: f(4000), high: f(4000), actor: "North Korea"}},
		// The people named before the category word, none after the
		// figure: "Civilians killed in Ukraine in 2024: 2,088".
		{"Civilians killed in Ukraine in 2024: 2,088.", "", want{category: "killed", low: f(2088), high: f(2088), actor: "Ukraine"}},
		// A side's name of two words right after the figure is whose.
		{"Ethiopian federal forces killed at least 100 Fano fighters in clashes in the Amhara region last week.", "", want{category: "killed", low: f(100), bound: "at_least", actor: "Fano"}},
		// "its own" past a break in the sentence is the speaker's.
		{"The RSF lost more than 2,000 fighters in the battle for Khartoum, the army said, while its own losses were fewer than 300.", "", want{category: "casualties", high: f(300), bound: "fewer_than", actor: "Sudan (SAF)"}},
		// A state has no militants: those its officials count are the
		// armed group's it fights, when it fights one.
		{"Israeli officials said some 1,500 militants were killed inside Israel on 7 October.", "", want{category: "killed", low: f(1500), high: f(1500), actor: "Hamas"}},
		// Civilians killed in a war on an armed group, in a war with no
		// side of its own for civilians, are the state's people.
		{"The United States said it would stop bombing the Houthis, ending a campaign in which, according to the monitoring group Airwars, between 224 and 274 civilians have been killed.", "", want{category: "killed", low: f(224), high: f(274), actor: "Yemen"}},
		// "the Air Force said" after "Ukraine's Air Force said": the same
		// body, with its side, whose enemy fired what it shot down; the
		// side attacked fired nothing.
		{"Russia attacked Ukraine overnight with 728 drones, Ukraine's Air Force said.\n\nAir defence shot down 296 drones, the Air Force said.", "", want{category: "equipment:drones", low: f(296), high: f(296), actor: "Russia", source: "Ukraine's Air Force"}},
		// "its forces had destroyed": its own were the destroyers.
		{"Azerbaijan's defence ministry said 197 of its servicemen had been killed. The ministry also said its forces had destroyed 31 artillery pieces.", "", want{category: "equipment:artillery", low: f(31), high: f(31), actor: "Armenia"}},
		// "Our" names who did it; "enemy" in the figure's phrase says
		// whose they were. An army's "neutralised" split into killed and
		// wounded counts both.
		{"Our defenders destroyed 9 enemy drones over the region.", "Kherson Regional Military Administration", want{category: "equipment:drones", low: f(9), high: f(9), actor: "Russia"}},
		{"Our defenders neutralised 225 occupiers there, 139 of them killed and 86 wounded.", "General Staff of the Armed Forces of Ukraine", want{category: "casualties", low: f(225), high: f(225), actor: "Russia"}},
		// The toll of the war the text's figures were about, not of a
		// place a sentence without figures named since.
		{"The monitor said 1,383 civilians were killed in Syria's coastal provinces. About 9,000 people crossed into Lebanon. The violence followed a 13-year civil war that the monitor says killed more than 618,000 people.", "", want{category: "killed", low: f(618000), bound: "more_than", actor: "Syria"}},
		// A whole war's toll of people where the civilians are one side
		// of several is every side's: no actor.
		{"Some 26,000 people have been killed in Sudan, the study says.", "", want{category: "killed", low: f(26000), high: f(26000), actor: "-"}},
		// The side that fired is the attacker: its victims are the
		// other side's; what was shot down of what it fired is its loss.
		{"Russia fired 84 cruise missiles at cities across Ukraine on Monday, killing 19 people.", "", want{category: "killed", low: f(19), high: f(19), actor: "Ukraine"}},
		{"Russia fired 84 cruise missiles at cities on Monday. The commander said air defences had shot down 43 of the missiles.", "", want{category: "equipment:missiles", low: f(43), high: f(43), actor: "Russia"}},
		{"Russia fired 74 drones at Ukraine overnight, of which 47 were downed, the air force said.", "", want{category: "equipment:drones", low: f(47), high: f(47), actor: "Russia"}},
		// An army's soldiers who died, no side named: its own.
		{"The Russian defence ministry last gave a figure in September 2022, when it said 5,900 servicemen had been killed.", "", want{category: "killed", low: f(5900), high: f(5900), actor: "Russia"}},
		// The attacker's own forces, by "its": what they suffered is
		// the attacker's loss.
		{"Since Russia's summer offensive began in May, its forces have probably suffered 90,000 casualties.", "", want{category: "casualties", low: f(90000), high: f(90000), actor: "Russia", likelihood: "probably"}},
		// "by" before a force named with its owner and kind; "by the
		// same date" names no attacker.
		{"A drone attack by Sudan's paramilitary Rapid Support Forces on a mosque in El Fasher killed at least 75 people on Friday.", "", want{category: "killed", low: f(75), bound: "at_least", actor: "Sudan (civilians)"}},
		{"By the same date Russia had also likely lost more than 2,900 main battle tanks.", "", want{category: "equipment:tanks", low: f(2900), bound: "more_than", actor: "Russia"}},
		// A state's army fighting an armed group: its soldiers are its
		// own, the group's dead are fighters.
		{"The troops repelled the attack, neutralising over 70 terrorists, but 22 soldiers were killed, Nigeria's army said.", "", want{category: "killed", low: f(22), high: f(22), actor: "Nigeria"}},
		// An attack beaten back: the attacker's dead; an adverb before
		// the speaker is no name in apposition.
		{"Separately, Sudan's military said its forces repelled an RSF assault on the city on Thursday, killing hundreds of fighters.", "", want{category: "killed", low: f(100), bound: "at_least", actor: "Sudan (RSF)", source: "Sudanese Armed Forces"}},
		{"The group said it had ambushed a patrol. Meanwhile, Lebanon's health ministry said Israeli strikes over the past day had killed 37 people.", "", want{category: "killed", low: f(37), high: f(37), bound: "point", actor: "Lebanon", source: "Lebanon's health ministry"}},
		{"However, Sudan's army said 37 RSF fighters were killed.", "", want{category: "killed", low: f(37), high: f(37), bound: "point", actor: "Sudan (RSF)", source: "Sudanese Armed Forces"}},
		// What an army admits are its own losses.
		{"Armenia's defence ministry eventually acknowledged 3,862 servicemen killed.", "", want{category: "killed", low: f(3862), high: f(3862), actor: "Armenia", source: "Armenia's defence ministry"}},
		// A war the text names outright is the war of its sides.
		{"Lessons of the 44-day war. Armenia lost 3,862 servicemen killed.", "", want{category: "killed", low: f(3862), high: f(3862), actor: "Armenia", start: "2020-09-27", end: "2020-11-10"}},
		// A war the registry counts under one side: its deaths are that
		// side's.
		{"The monitor said it had documented 6,777 deaths in Syria in 2024.", "", want{category: "killed", low: f(6777), high: f(6777), actor: "Syria"}},
		// The sides of the event a period starts with give way to the
		// place where the losses fell.
		{"More than 600 people had been killed in Lebanon since Hezbollah began firing on Israel on Oct. 8, 2023, according to the ministry.", "", want{category: "killed", low: f(600), bound: "more_than", actor: "Lebanon"}},
		{"Moscow's troops suffered 50,000 casualties.", "", want{category: "casualties", low: f(50000), high: f(50000), actor: "Russia"}},
		{"Kyiv's forces suffered 50,000 casualties.", "", want{category: "casualties", low: f(50000), high: f(50000), actor: "Ukraine"}},
		{"The IDF said 300 soldiers had been killed.", "", want{category: "killed", low: f(300), high: f(300), actor: "Israel"}},
		// A speaker's claim of its own deed counts the enemy's losses,
		// whatever verb tells it; a town of civilians names no side of
		// drones shot down near it.
		{"The RSF said it had taken 80 soldiers prisoner on Saturday.", "", want{category: "captured", low: f(80), high: f(80), actor: "Sudan (SAF)"}},
		{"The RSF claimed to have shot down two army drones over El Obeid and taken 80 soldiers prisoner near El Fasher.", "", want{category: "equipment:drones", low: f(2), high: f(2), actor: "Sudan (SAF)"}},
		{"The RSF claimed to have shot down two army drones over El Obeid and taken 80 soldiers prisoner near El Fasher.", "", want{category: "captured", low: f(80), high: f(80), actor: "Sudan (SAF)"}},
		// The speaker's own dead: "its death toll", an army's "the
		// army's death toll".
		{"The Israeli military said its death toll in Gaza had reached 402.", "", want{category: "killed", low: f(402), high: f(402), actor: "Israel"}},
		{"The Israeli military said the army's death toll in Gaza had reached 402.", "", want{category: "killed", low: f(402), high: f(402), actor: "Israel"}},
		// An armed group counting its place's dead counts its people.
		{"Hamas said the death toll in Gaza had reached 44,000.", "", want{category: "killed", low: f(44000), high: f(44000), actor: "Palestinians in Gaza"}},
		{"Hezbollah said the death toll in Lebanon had reached 4,000.", "", want{category: "killed", low: f(4000), high: f(4000), actor: "Lebanon"}},
		// A possessive refers to the clause's subject, not the speaker.
		{"Ukraine's General Staff said Russia had lost 1,640 soldiers in the past 24 hours, bringing its total losses since February 2022 to 813,000.", "", want{category: "casualties", low: f(813000), high: f(813000), actor: "Russia"}},
		{"The Israeli military said 11 soldiers were killed in fighting in northern Gaza on Tuesday, bringing the army's toll in the ground operation to 16.", "", want{category: "killed", low: f(16), high: f(16), actor: "Israel"}},
		// Drones fired at a side and downed are the firer's.
		{"Russia fired 74 drones at Ukraine overnight, of which 47 were downed, the Ukrainian air force said.", "", want{category: "equipment:drones", low: f(47), high: f(47), actor: "Russia"}},
		// Part of the people just counted.
		{"A senior NATO official said Russia's overall casualties had topped 1.1 million. \"More than 250,000 of them are dead,\" the official said, adding that Ukraine's losses were fewer than 400,000.", "", want{category: "killed", low: f(250000), bound: "more_than", actor: "Russia", source: "NATO"}},
		// A speaker's aside between the name and the verb.
		{"Moscow's defence ministry, for its part, claimed that Ukraine had lost more than 51,000 servicemen in the Kursk region.", "", want{category: "casualties", low: f(51000), bound: "more_than", actor: "Ukraine", source: "Ministry of Defence of the Russian Federation"}},
		// Two sides' losses together are neither's alone, in the war
		// they fight.
		{"The number of Ukrainian and Russian troops killed or wounded since the war began is nearing half a million, The New York Times reported.", "", want{category: "casualties", high: f(500000), bound: "fewer_than", approx: true, actor: "-", source: "The New York Times", start: "2022-02-24"}},
		// The attacker named in another clause leaves the struck town's
		// dead its own.
		{"Kharkiv hypermarket strike kills 18 as Russia presses in the northeast", "", want{category: "killed", low: f(18), high: f(18), actor: "Ukraine"}},
		// The country of an office is no side's losses.
		{"Researchers estimate that 600,000 civilians died in Tigray, former Nigerian president Olusegun Obasanjo said.", "", want{category: "killed", low: f(600000), high: f(600000), actor: "Tigray"}},
		// The target of an attack is where the dead are; a place of
		// another war than the attacker's names them.
		{"Israeli strikes on Lebanon killed 77 people on Tuesday.", "", want{category: "killed", low: f(77), high: f(77), actor: "Lebanon"}},
		{"Israeli air strikes on Sanaa's airport killed three people, the Houthi-run health ministry said.", "", want{category: "killed", low: f(3), high: f(3), actor: "Yemen"}},
		// The other side of a fight is not the loser.
		{"Armenia's defence ministry said that 40 more servicemen had been killed in fighting with Azerbaijani forces.", "", want{category: "killed", low: f(40), high: f(40), actor: "Armenia"}},
		// A figure from the start of a war counted under one side.
		{"The AAPP has verified the killing of 1,503 people by the security forces since 1 February 2021.", "", want{category: "killed", low: f(1503), high: f(1503), actor: "Myanmar"}},
		{"Some 1,503 people have been killed since the coup, the AAPP says.", "", want{category: "killed", low: f(1503), high: f(1503), actor: "Myanmar"}},
		// An army's count in a civil war with one side in the registry.
		{"Myanmar's military says rebels have killed more than 6,000 civilians since the 2021 takeover.", "", want{category: "killed", low: f(6000), actor: "Myanmar"}},
		// The attacked side's ministry names the attacker by its
		// "aggression": the dead are the ministry's own side's.
		{"The toll of the Israeli aggression has risen to 68,875 martyrs, the Ministry of Health in Gaza said.", "", want{category: "killed", low: f(68875), high: f(68875), actor: "Palestinians in Gaza"}},
		// The opening's figures name no side; the text names one later.
		{"Between 27 May and 2 June, at least 38 civilians were killed and 212 injured, according to OCHA. Most casualties occurred in Donetsk and Kharkiv oblasts in Ukraine.", "", want{category: "wounded", low: f(212), high: f(212), actor: "Ukraine", start: "2025-05-27", end: "2025-06-02"}},
		// Sides the registry has no war for are recorded as named.
		{"M23 rebels killed at least 300 Congolese soldiers in the battle for Goma.", "", want{category: "killed", low: f(300), actor: "DR Congo"}},
		// An armed group speaking of people counts its population's dead.
		{"A Hamas official said 40 people were killed.", "", want{category: "killed", low: f(40), high: f(40), actor: "Palestinians in Gaza"}},
		{"A Hamas official said 40 fighters were killed.", "", want{category: "killed", low: f(40), high: f(40), actor: "Hamas"}},
		// An ally named after "alongside the" is not whose losses.
		{"Ukraine's General Staff said Russian forces fighting alongside the North Koreans had lost 1,570 personnel in the past day.", "", want{category: "casualties", low: f(1570), high: f(1570), actor: "Russia"}},
		// A doer in no war of the registry: the land named is whose.
		{"U.S. airstrikes on a fuel port in western Yemen killed 74 people, the deadliest attack of the American campaign.", "", want{category: "killed", low: f(74), high: f(74), actor: "Yemen"}},
		// A side's front is where, not whose.
		{"On Israel's northern front, fighting with Hezbollah has killed more than 2,000 people in Lebanon, the Lebanese health ministry said.", "", want{category: "killed", low: f(2000), actor: "Lebanon"}},
		// A body that "stood by its toll" speaks, not the speaker before.
		{"Gaza's health ministry said 10,328 Palestinians had been killed. Israel says some 1,400 people were killed on 7 October. The ministry also stood by its toll of 471 dead for the hospital blast.", "", want{category: "killed", low: f(471), high: f(471), actor: "Palestinians in Gaza"}},
		// The side whose weapons struck, counted or across a region,
		// is no side of the dead.
		{"Two Russian missiles hit Sumy on Sunday, killing 35 people.", "", want{category: "killed", low: f(35), high: f(35), actor: "Ukraine"}},
		{"Russia launched 355 drones at Ukraine overnight. At least 12 people were killed.", "", want{category: "killed", low: f(12), actor: "Ukraine"}},
		{"Israeli strikes across southern Lebanon killed 558 people on Monday.", "", want{category: "killed", low: f(558), high: f(558), actor: "Lebanon"}},
		{"Russian shelling of southern Ukraine killed 12 people.", "", want{category: "killed", low: f(12), high: f(12), actor: "Ukraine"}},
		// Fighters a side backs, of no group the registry knows, are
		// that side's; a group the registry knows keeps its own.
		{"Kyiv said 40 Russian-backed separatists were killed on Friday.", "", want{category: "killed", low: f(40), high: f(40), actor: "Russia"}},
		{"The coalition killed 12 Iran-backed Houthi fighters.", "", want{category: "killed", low: f(12), high: f(12), actor: "Houthis"}},
		// People killed where an armed group was struck are its host
		// state's people.
		{"US strikes on Houthi targets in Yemen killed 53 people, including five children.", "", want{category: "killed", low: f(53), high: f(53), actor: "Yemen"}},
		// Weapons downed are their launcher's.
		{"Of the 728 drones launched by Russia overnight, 296 were shot down.", "", want{category: "equipment:drones", low: f(296), high: f(296), actor: "Russia"}},
		// The armed enemies an army counts after its own dead are not
		// its own.
		{"Two soldiers were killed and three terrorists killed in Bannu, the ISPR said.", "", want{category: "killed", low: f(3), high: f(3), actor: "-"}},
		// A toll of many places listed is none of theirs alone.
		{"An estimated 2.4 million people have been killed in the wars in Iraq, Afghanistan, Syria, Yemen and Pakistan since 2001.", "", want{category: "killed", low: f(2.4e6), high: f(2.4e6), actor: "-"}},
		// The group's people are the state it fights in, not its enemy.
		{"A Hezbollah official said 40 people were killed.", "", want{category: "killed", low: f(40), high: f(40), actor: "Lebanon"}},
		// A side's adjective inside a place's name names no side.
		{"The RSF killed at least 460 patients at the Saudi Maternity Hospital in El Fasher.", "", want{category: "killed", low: f(460), actor: "Sudan (civilians)"}},
		// Another war's start words in a text about Myanmar name a month.
		{"In Myanmar, resistance forces say they have killed more than 3,000 junta soldiers since October 2023.", "", want{category: "killed", low: f(3000), actor: "Myanmar", start: "2023-10-01"}},
		// A figure with no side of its own, after one of the sentence's:
		// that side, not the last text's.
		{"The junta has killed 6,000 civilians, AAPP says. Kyiv has confirmed 46,000 military deaths, Zelensky said, adding that tens of thousands more were missing.", "", want{category: "missing", low: f(10000), actor: "Ukraine"}},
		// "among its troops" after a list makes every figure of it the
		// speaker's own; "in its monthly summary" does not.
		{"Ukraine's eastern command reported 410 KIA, 1,350 WIA and 96 MIA among its troops in October.", "", want{category: "missing", low: f(96), high: f(96), actor: "Ukraine"}},
		{"Kyiv lost over 35,000 troops in November, the Russian Defence Ministry said in its monthly summary.", "", want{category: "casualties", low: f(35000), actor: "Ukraine"}},
		{"Russian strikes killed 20 people in Kharkiv.", "", want{category: "killed", low: f(20), high: f(20), actor: "Ukraine"}},
		{"The enemy lost 1,140 personnel over the past day.", "General Staff of the Armed Forces of Ukraine", want{category: "casualties", low: f(1140), high: f(1140), actor: "Russia", start: "2025-06-11", end: "2025-06-12"}},
		{"Russia has lost 50,000 troops. Of these, 20,000 were killed.", "", want{category: "killed", low: f(20000), high: f(20000), actor: "Russia"}},
		{"Wagner lost 20,000 fighters in Bakhmut.", "", want{category: "casualties", low: f(20000), high: f(20000), actor: "Russia"}},
		{"The RSF lost 500 fighters.", "", want{category: "casualties", low: f(500), high: f(500), actor: "Sudan (RSF)"}},
		{"The death toll in Gaza has risen to 44,000, the health ministry said.", "", want{category: "killed", low: f(44000), high: f(44000), actor: "Palestinians in Gaza", source: "Gaza Health Ministry"}},
		{"RSF fighters killed at least 200 people in the camp.", "", want{category: "killed", low: f(200), actor: "Sudan (civilians)"}},
		{"Israel says it has killed more than 17,000 militants in Gaza.", "", want{category: "killed", low: f(17000), actor: "Hamas"}},
		{"Azerbaijan's defence ministry said 192 of its servicemen had been killed.", "", want{category: "killed", low: f(192), high: f(192), actor: "Azerbaijan"}},
		{"A Russian missile strike on Dnipro killed four people.", "", want{category: "killed", low: f(4), high: f(4), actor: "Ukraine"}},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", tt.source)
		check(t, tt.text, find(cs, tt.w), tt.w)
	}
}

func TestPeriods(t *testing.T) {
	const pub = "2025-06-12"
	tests := []struct {
		text       string
		start, end string
		flag       string
	}{
		{"Russia has lost 1,000,000 troops since the invasion.", "2022-02-24", "2025-06-12", ""},
		// "Since then": from the day the sentence before named.
		{"A ceasefire took effect on March 1. Since then, Israeli strikes have killed 300 people in Gaza.", "2025-03-01", "2025-06-12", ""},
		// "the fall of <town>" is no autumn.
		{"Congolese troops lost 40 soldiers in the fall of Bukavu in February.", "2025-02-01", "2025-02-28", ""},
		// A "since" between the toll and its rise: the running total,
		// to the day it stood at the figure.
		{"The death toll in Gaza since October 7, 2023, has risen to 55,207, according to the health ministry.", "2023-10-07", "2025-06-12", ""},
		{"The number of people killed in Gaza since the start of the war rose to 55,207 on Wednesday.", "2023-10-07", "2025-06-11", ""},
		{"Since the ground operation began on 27 October 2023, 400 Israeli soldiers have been killed.", "2023-10-27", "2025-06-12", ""},
		// (Not one of another clause: "since the summer, … killed 26 on 13
		// August".)
		{"The army has fought militias since the summer, and a drone strike killed at least 26 civilians in Amhara on 13 May.", "2025-05-13", "2025-05-13", ""},
		// "to N on Wednesday from M on Tuesday": each its own day.
		{"The toll rose to 55,000 on Wednesday from 54,700 on Tuesday.", "", "2025-06-11", ""},
		// "up from N <time>": the time is the earlier count's; both are
		// running totals.
		{"The Gaza health ministry said 55,000 people had been killed since the war began, up from 52,000 last month.", "2023-10-07", "2025-06-12", ""},
		// The attack that began a war, named by what it began.
		{"Israel says about 1,200 people were killed in the Hamas attack that started the war.", "2023-10-07", "2023-10-07", ""},
		// Days of one month with its name written once.
		{"From June 7 to 11, the enemy lost up to 9,000 troops.", "2025-06-07", "2025-06-11", ""},
		{"On June 7-11, the Ukrainian army lost up to 9,000 troops.", "2025-06-07", "2025-06-11", ""},
		{"Troops killed 240 civilians in Axum on November 28 and 29.", "2024-11-28", "2024-11-29", ""},
		// A dateline's day is the day the story counts back from.
		{"MOSCOW, June 10 (TASS) — Over the past day, the Ukrainian army lost up to 1,200 servicemen.", "2025-06-09", "2025-06-10", ""},
		// One action's toll in the armies' own words, and one fight's
		// catch listed before its town: the day's news.
		{"Russian forces eliminated 35 Ukrainian soldiers near Pokrovsk.", "2025-06-11", "2025-06-12", ""},
		{"Up to 50 Ukrainian servicemen were eliminated near Kupyansk.", "2025-06-11", "2025-06-12", ""},
		{"Russian forces destroyed two tanks and three armored vehicles near Pokrovsk.", "2025-06-11", "2025-06-12", ""},
		// The attack that began a war, named by its month and year.
		{"Hamas's October 2023 attack on Israel resulted in the deaths of 1,219 people, mostly civilians, according to an AFP tally.", "2023-10-07", "2023-10-07", ""},
		{"The Gaza death toll rose from 10,000 in November 2023 to 55,000 this month.", "2023-10-07", "2025-06-12", ""},
		// The days of a span after "the night of", "the period of".
		{"Gunmen killed 30 villagers in Zamfara on the night of 3 to 4 June.", "2025-06-03", "2025-06-04", ""},
		{"ACLED recorded 210 fatalities in Burkina Faso during the reporting period of 24 to 30 May.", "2025-05-24", "2025-05-30", ""},
		// A milestone reached in a month, hedged: the running total.
		{"Russian casualties have likely reached 1,000,000 in June.", "2022-02-24", "2025-06-12", ""},
		// A reference work's date in brackets after a figure: the day
		// the count stood.
		{"Ukraine: 43,000 soldiers killed (December 2024).[20]", "2022-02-24", "2024-12-31", ""},
		{"Russia: 95,000 killed (Ukrainian claim, 1 January 2025).", "2022-02-24", "2025-01-01", ""},
		// A war's toll that stood at a figure on a day: the war up to
		// that day.
		{"The death toll in Gaza rose to 55,104 on Wednesday, the Health Ministry said.", "2023-10-07", "2025-06-11", ""},
		{"The ministry's toll in Gaza stood at 55,104 dead on Wednesday.", "2023-10-07", "2025-06-11", ""},
		// One incident told in the simple past, with no day: the day's
		// news, however it is told.
		{"Israeli troops opened fire in central Gaza, killing 25 people.", "2025-06-11", "2025-06-12", ""},
		{"Nine Palestinians were killed by Israeli fire in Gaza.", "2025-06-11", "2025-06-12", ""},
		{"Three Israeli soldiers were killed in the incident, the army said.", "2025-06-11", "2025-06-12", ""},
		// A few vehicles destroyed at a town: one fight's catch.
		{"Russia's MoD said its forces had destroyed 3 Ukrainian tanks near Pokrovsk.", "2025-06-11", "2025-06-12", ""},
		// One attack's dead in a headline or in the passive.
		{"40 civilians killed in Darfur attack", "2025-06-11", "2025-06-12", ""},
		{"Death toll in Odesa attack rises to 28", "2025-06-11", "2025-06-12", ""},
		{"Hamas says 12 people were killed in Israeli strikes.", "2025-06-11", "2025-06-12", ""},
		// Raiders as the subject of "killed" tell one raid.
		{"ISWAP fighters killed 20 soldiers in Marte.", "2025-06-11", "2025-06-12", ""},
		// A few dead months after a side's war ended are new news, not
		// the ended war's.
		{"Gunmen killed 40 civilians in Oromia.", "2025-06-11", "2025-06-12", ""},
		{"Israeli strikes killed 12 people in Lebanon.", "2025-06-11", "2025-06-12", ""},
		// "since" an event dated only by "last month": from that month.
		{"Since the aid system began operating last month, 400 people have been killed near its sites.", "2025-05-01", "2025-06-12", ""},
		{"Since last month, 40 people have been killed in the city.", "2025-05-01", "2025-06-12", ""},
		{"Since the offensive began last year, Russia has lost 200,000 troops.", "2024-01-01", "2025-06-12", ""},
		// The start of a war named by the registry's phrase for it, in
		// a text that names no side.
		{"Since the start of the full-scale invasion, at least 570 children have been killed.", "2022-02-24", "2025-06-12", ""},
		// One attack's toll, however it rose, is no running total.
		{"By Thursday morning the death toll from the Sumy strike had risen to 35, officials said.", "2025-06-11", "2025-06-12", ""},
		// A few dead told in the simple past are the news of the day
		// the statement gives.
		{"Two soldiers were killed in combat, the IDF said on Wednesday.", "2025-06-10", "2025-06-11", ""},
		// The toll of an operation "launched on" a day runs from it.
		{"The monitor said the death toll from the offensive launched on Wednesday had risen to 412.", "2025-06-11", "2025-06-12", ""},
		// A doer's deed in the simple past, at a place of a war the
		// registry knows, is the day's news, not the war's total.
		{"Gunmen killed 40 villagers in Plateau State, police said.", "2025-06-11", "2025-06-12", ""},
		{"Bandits stormed the village, killing 23 people in Zamfara, police said.", "2025-06-11", "2025-06-12", ""},
		// A part of a month as one word.
		{"In late-May, 30 civilians were killed in Ukraine.", "2025-05-21", "2025-05-31", ""},
		{"Between mid-April and mid-May, at least 300 civilians were killed in Ukraine.", "2025-04-11", "2025-05-20", ""},
		// A headline's present tense tells the day's news.
		{"Jihadists kill dozens of soldiers in Burkina Faso attack", "2025-06-11", "2025-06-12", ""},
		// The speaker's deed told with the day it spoke is that day's
		// news, in the past or, reported, the past perfect.
		{"The RSF said on Tuesday it killed more than 300 army soldiers.", "2025-06-09", "2025-06-10", ""},
		{"The Nigerian army said on Tuesday its troops had killed 45 insurgents in Borno state.", "2025-06-09", "2025-06-10", ""},
		// A few dead of strikes told in the simple past are the day's
		// news; told in the perfect, the war's.
		{"Israeli strikes killed 45 Palestinians across Gaza, hospitals said.", "2025-06-11", "2025-06-12", ""},
		{"Israeli strikes have killed 45 Palestinians across Gaza.", "2023-10-07", "2025-06-12", ""},
		// Weapons downed in the simple past in a war that goes on are
		// the day's catch, not a running total.
		{"Two drones launched by Russia towards Kharkiv were intercepted, the air force said.", "2025-06-11", "2025-06-12", ""},
		// The year a body estimated in is the statement's, not the
		// losses'.
		{"The UN estimated in 2022 that 306,887 civilians were killed in Syria between March 2011 and March 2021.", "2011-03-15", "2021-03-31", ""},
		// A past war named by a people's word is that war; a war
		// measured "since" another dates no losses.
		{"In the Korean War, about 36,500 Americans died.", "1950-06-25", "1953-07-27", ""},
		// Reference works write the war's name with an en dash.
		{"The Iran–Iraq War resulted in an estimated 500,000 military deaths.", "1980-09-22", "1988-08-20", ""},
		{"Argentina lost 649 servicemen in the Falklands War.", "1982-04-02", "1982-06-14", ""},
		{"The war, the largest in Europe since World War Two, has killed or wounded more than a million people on both sides.", "", "2025-06-12", ""},
		{"Around 250,000 Russian soldiers are likely killed or missing, the heaviest losses of any war Russia has fought since the Second World War.", "2022-02-24", "2025-06-12", ""},
		// "the 14 months of fighting": the war the text knows, whole.
		{"More than 4,000 people were killed in Lebanon during the 14 months of fighting, the health ministry says.", "2023-10-08", "2024-11-27", ""},
		// The day's and the week's starts.
		{"Since the beginning of the day, 3 people have been killed in Kharkiv region.", "2025-06-12", "2025-06-12", ""},
		{"Since the morning, Russian strikes have killed 3 people in Kharkiv.", "2025-06-12", "2025-06-12", ""},
		{"Sudan Doctors Network said 14 people were killed in El Fasher since the start of the week.", "2025-06-09", "2025-06-12", ""},
		// A war's start by the names its sides give it.
		{"In total, since the beginning of the special military operation, 662 airplanes have been destroyed.", "2022-02-24", "2025-06-12", ""},
		// Days written dd.mm with no year, as Ukrainian bulletins do.
		{"On 11.06 the occupiers lost 1,120 personnel.", "2025-06-11", "2025-06-11", ""},
		{"Between 05.06 and 11.06, the occupiers lost 8,240 personnel.", "2025-06-05", "2025-06-11", ""},
		// "from 9th to 15th January": the first day's ordinal.
		{"Troops neutralised 91 terrorists from 9th to 15th January.", "2025-01-09", "2025-01-15", ""},
		// An earlier war named with its numeral after "war".
		{"Some 4.5 million people were killed in World War II in Ukraine.", "1939-09-01", "1945-09-02", ""},
		{"About 20 million soldiers died in World War One.", "1914-07-28", "1918-11-11", ""},
		// A colon opens what was said: the time inside it dates the
		// losses, not the statement.
		{"Umerov said: \"In May, Russia lost more than 40,000 troops.\"", "2025-05-01", "2025-05-31", ""},
		// "since the 2003 invasion": from the event's year.
		{"Iraq Body Count has documented 186,901 civilian deaths from violence in Iraq since the 2003 invasion.", "2003-01-01", "2025-06-12", ""},
		// A town's toll in the tens of thousands is no day's news.
		{"According to researchers at the London School of Hygiene and Tropical Medicine, 61,000 people died in Khartoum state.", "2023-04-15", "2025-06-12", ""},
		// One side's one strike in a headline is the day's news.
		{"IDF strike on Gaza school: 30 killed, including 12 children.", "2025-06-11", "2025-06-12", ""},
		// Anniversaries of the war named by its possessive or by the
		// attack that began it.
		{"By the war's second anniversary, Russia had lost 300,000 men in Ukraine.", "2022-02-24", "2024-02-24", ""},
		{"By the first anniversary of the October 7 attack, more than 41,000 Palestinians had been killed in Gaza.", "2023-10-07", "2024-10-07", ""},
		// The day a war's total was told opening the sentence: the total
		// as of that day, not a day's losses.
		{"At a press conference on Tuesday, Umerov said Russia had lost 1,000,000 troops.", "2022-02-24", "2025-06-10", ""},
		{"On Tuesday, Umerov said Russia had lost 1,000,000 troops.", "2022-02-24", "2025-06-10", ""},
		// A part's rate and time do not date the whole before it.
		{"Russia has suffered about 950,000 casualties, including 1,100 a day in May.", "2022-02-24", "2025-06-12", ""},
		// The first months of a war named in other words, or of
		// "fighting"; a tally announced over them.
		{"In the first 14 months of Sudan's war, at least 61,000 people died in Khartoum state.", "2023-04-15", "2024-06-15", ""},
		{"In the first 14 months of the Sudanese civil war, at least 61,000 people died in Khartoum state.", "2023-04-15", "2024-06-15", ""},
		{"At least 61,000 people died in Khartoum state during the first 14 months of fighting.", "2023-04-15", "2024-06-15", ""},
		{"Hezbollah's tally of martyrs announced during the first 11 months of the war ran to about 500.", "2023-10-08", "2024-09-08", ""},
		// "totalled N in May" sums the month; it is no running total.
		{"Civilian deaths in Ukraine totalled 232 in May, according to HRMMU.", "2025-05-01", "2025-05-31", ""},
		// The night past, however it is put.
		{"Over the past night, air defence systems destroyed 87 Ukrainian UAVs.", "2025-06-11", "2025-06-12", ""},
		{"During the night, air defence forces shot down 40 drones over Belgorod.", "2025-06-11", "2025-06-12", ""},
		// An incident in a part of a land, or after an undated attack:
		// the news of the past day.
		{"Three Israeli soldiers were wounded in northern Gaza, the army said.", "2025-06-11", "2025-06-12", ""},
		{"Kherson: a Russian drone hit a minibus. 4 killed, 7 injured.", "2025-06-11", "2025-06-12", ""},
		// A length of violence dates its toll; a weekday the fighting
		// began on is this week's, not the war's start.
		{"The toll from five days of violence in Syria rose to 1,383.", "2025-06-07", "2025-06-12", ""},
		{"A spokesman said 40 of its personnel had been killed in Syria since the fighting began on Monday.", "2025-06-09", "2025-06-12", ""},
		// A "since" of the second clause of what was said is that
		// clause's; one told in the first clause runs on.
		{"The Israeli military says it has killed more than 17,000 militants in Gaza, and that 346 of its soldiers have been killed since the ground operation began on 27 October 2023.", "2023-10-07", "2025-06-12", ""},
		{"The agency said 300 of them had been killed since they entered combat in December 2024, and that two had been captured.", "2024-12-01", "2025-06-12", ""},
		// "Zamfara and Katsina states": places, no verb of saying.
		{"Gunmen killed 30 people in Zamfara and Katsina states on Saturday.", "2025-06-07", "2025-06-07", ""},
		// "As of the morning of" a day: the day a running total stood.
		{"As of the morning of 10 June 2025, 630 children in Ukraine have been killed.", "2022-02-24", "2025-06-10", ""},
		// A toll update "in the night attack": the night's.
		{"The number of injured in the night attack on Kharkiv has risen to 21.", "2025-06-11", "2025-06-12", ""},
		// A headline's weapon that "kills": the day's news.
		{"Russian missile kills two in Kharkiv", "2025-06-11", "2025-06-12", ""},
		// "the deadliest attack since March" measures a superlative,
		// no running total: one strike's toll is the news of the day.
		{"An Israeli strike on a school killed 30 people, the deadliest attack since the ceasefire collapsed in March.", "2025-06-11", "2025-06-12", ""},
		// The day right after the attack it dates, though a speaker
		// says it.
		{"Lebanon's health ministry said Israeli strikes on Monday killed 8 people.", "2025-06-09", "2025-06-09", ""},
		// An earlier war named as the subject, by its name or its year
		// and place: its own years, not today's war.
		{"The first Chechen war killed about 5,500 Russian soldiers.", "1994-12-11", "1996-08-31", ""},
		{"The 2014 Gaza war killed 2,251 Palestinians.", "2014-07-08", "2014-08-26", ""},
		{"Some 58,000 Americans died in the Vietnam War.", "1955-11-01", "1975-04-30", ""},
		// "the war's first year", "its first two years": from the war's
		// start.
		{"In the war's first year, about 7,000 Ukrainian civilians were killed.", "2022-02-24", "2023-02-24", ""},
		{"In its first two years, the war killed about 10,000 Ukrainian civilians.", "2022-02-24", "2024-02-24", ""},
		// "The deadliest month was December 2024, when …": the time the
		// "when" clause tells of.
		{"The deadliest month was December 2024, when Russia lost about 48,000 soldiers.", "2024-12-01", "2024-12-31", ""},
		// A time that opens the next clause dates that clause's figure.
		{"Russia has suffered more than 900,000 casualties in total, and in May alone lost over 37,000.", "2022-02-24", "2025-06-12", ""},
		// The toll after a sentence that told a deed and its day is that
		// day's, "In all," too.
		{"Russian troops shelled Kherson on Sunday. Three people were killed.", "2025-06-08", "2025-06-08", ""},
		{"Russian troops shelled Kherson on Sunday. In all, 3 people were killed.", "2025-06-08", "2025-06-08", ""},
		// "Last week's strikes", "last year's fighting": the span dates
		// the event; "yesterday's" too.
		{"Last week's strikes in Gaza killed 300 people.", "2025-06-02", "2025-06-08", ""},
		{"Last year's fighting in Gaza killed 25,900 people.", "2024-01-01", "2024-12-31", ""},
		{"Yesterday's strikes in Gaza killed 30 people.", "2025-06-11", "2025-06-11", ""},
		// "So far this year," opening the sentence counts, though a
		// speaker follows it.
		{"So far this year, the mission has verified 1,200 civilian deaths in Ukraine.", "2025-01-01", "2025-06-12", ""},
		// A year written after its day closes with a comma.
		{"The study estimated 64,260 deaths in Gaza between October 7, 2023, and June 30, 2024.", "2023-10-07", "2024-06-30", ""},
		// "during the month": the month a sentence without figures named.
		{"April was the deadliest month for civilians since September, the mission said. It verified 209 civilians killed during the month.", "2025-04-01", "2025-04-30", ""},
		// Ranges of days in one month, either way round.
		{"At least 2,900 people were killed from 26 to 30 January.", "2025-01-26", "2025-01-30", ""},
		{"At least 2,900 people were killed between January 26 and 30.", "2025-01-26", "2025-01-30", ""},
		// Dates that say which fighting; an increment before the total
		// it raises is the day's.
		{"The UN said at least 2,900 people were killed in the fighting for Goma between 26 and 30 January.", "2025-01-26", "2025-01-30", ""},
		{"The ministry later said at least 413 people had been killed, raising the death toll since October 2023 to 49,547.", "2025-06-11", "2025-06-12", ""},
		// "since the offensive began" after the text named the phase.
		{"The alliance launched Operation 1027 in northern Shan State. It says it has killed more than 1,000 junta soldiers since the offensive began.", "2023-10-27", "2025-06-12", ""},
		// A length of fighting up to the day of the statement; "after"
		// two days says when, not what was counted.
		{"The number of people killed in five days of fighting in the region has risen to 80, the governor said on Monday.", "2025-06-04", "2025-06-09", ""},
		{"The toll, the ministry said late on Sunday after two days of heavy bombardment in central Gaza, has now reached 37,084.", "2023-10-07", "2025-06-08", ""},
		// A month a count was verified for is the losses' month; the
		// month a body said something in is the statement's.
		{"In May 2025, the UN monitoring mission verified that 183 civilians were killed in Ukraine.", "2025-05-01", "2025-05-31", ""},
		{"In May, CSIS estimated that Russia had suffered 700,000 casualties.", "2022-02-24", "2025-05-31", ""},
		{"More than 1,800 fatalities were recorded across North Darfur in May.", "2025-05-01", "2025-05-31", ""},
		{"Airwars recorded 30 civilian deaths in Yemen during the week of 14 April.", "2025-04-14", "2025-04-20", ""},
		// A figure in words between a verb of saying and a day: the day
		// dates the figure.
		{"The army said thirty RSF fighters were killed on Monday.", "2025-06-09", "2025-06-09", ""},
		// "since X said on D that …": the day of the statement ends the
		// running total it gave.
		{"Kyiv has published no figure of its own since President Volodymyr Zelensky said on 25 February that 31,000 Ukrainian soldiers had been killed.", "2022-02-24", "2025-02-25", ""},
		// The time of a change or of the figure compared is not the
		// total's.
		{"Russian losses stood at 770,000, up 1,530 from Thursday.", "2022-02-24", "2025-06-12", ""},
		{"The IDF has lost 385 soldiers, up from 380 last week.", "2023-10-07", "2025-06-12", ""},
		// A span closed at both ends counts its own losses, whatever
		// the verb.
		{"From 31 May to 6 June, Ukrainian losses exceeded 9,145 servicemen.", "2025-05-31", "2025-06-06", ""},
		// "N days ago", "a year ago"; "last Thursday" written on a
		// Thursday; "since last Friday".
		{"Thirty civilians were killed in Darfur three days ago.", "2025-06-09", "2025-06-09", ""},
		{"Russian losses stood at 600,000 a year ago.", "2022-02-24", "2024-06-12", ""},
		{"Russia lost 38 armoured vehicles near Pokrovsk last Thursday.", "2025-06-05", "2025-06-05", ""},
		{"More than 300 civilians had been killed in El Fasher since last Friday.", "2025-06-06", "2025-06-12", ""},
		// The day of an increment is the day the total it raised stood.
		// "stood at … at the end of 2024": the day it stood.
		{"Russian losses stood at 600,000 at the end of 2024.", "2022-02-24", "2024-12-31", ""},
		// "Earlier this month": the month so far.
		{"Earlier this month, 30 Malian soldiers were killed near Dioura.", "2025-06-01", "2025-06-12", ""},
		// A war's toll of every side ends with the war.
		{"Some 600,000 people died in the two-year war in Tigray, according to the African Union's mediator.", "2020-11-03", "2022-11-02", ""},
		// The time a superlative compares with is not the figure's.
		{"The Houthis said US strikes on the Ras Isa fuel port had killed 80 people, making it the deadliest single attack of the US campaign that began on March 15.", "2025-06-11", "2025-06-12", ""},
		// A running total that rose to a figure on a day stands then;
		// the toll of one attack does not run from the war's start.
		{"Russian losses rose to 770,000 on Friday.", "2022-02-24", "2025-06-06", ""},
		{"The death toll from Sunday's strike rose to 42 on Tuesday.", "2025-06-08", "2025-06-10", ""},
		// An increment that raises a total is the news of the day
		// before the statement, whose day may come before or after.
		{"Israel's military said on Sunday that two soldiers were killed in fighting in southern Gaza, bringing the number of soldiers killed since the start of the ground operation to 430.", "2025-06-07", "2025-06-08", ""},
		{"Two soldiers were killed in fighting in southern Gaza, bringing the number of soldiers killed since the start of the ground operation to 430, the military said on Sunday.", "2025-06-07", "2025-06-08", ""},
		{"Russia has lost 1,000,000 troops since the start of the war.", "2022-02-24", "2025-06-12", ""},
		{"Russia has lost 1,000,000 troops since February 2022.", "2022-02-24", "2025-06-12", ""},
		{"Russia lost 1,140 troops in the past day.", "2025-06-11", "2025-06-12", ""},
		// A milestone passed in a month is the running total then; a
		// span "alone" is counted on its own.
		{"Russian losses topped one million in June.", "2022-02-24", "2025-06-12", ""},
		{"In 2024 alone, Russian losses have already passed 390,000.", "2024-01-01", "2024-12-31", ""},
		// Thirds of a year or a month.
		{"Russia lost 100,000 troops in early 2025.", "2025-01-01", "2025-04-30", ""},
		{"Russia lost 10,000 troops in late March.", "2025-03-21", "2025-03-31", ""},
		// Quarters without a year, and runs of months.
		{"Russia lost 45,000 troops in the third quarter.", "2024-07-01", "2024-09-30", ""},
		// Quarters and halves written as codes; ISO and slashed dates.
		{"Russia lost 291 tanks in Q3 2024.", "2024-07-01", "2024-09-30", ""},
		{"Russia lost 291 tanks in Q1.", "2025-01-01", "2025-03-31", ""},
		{"Russia lost 2,291 tanks in H1 2024.", "2024-01-01", "2024-06-30", ""},
		{"On 2025-05-03, Russian strikes killed 7 civilians in Kharkiv.", "2025-05-03", "2025-05-03", ""},
		{"On 03/05/2025, Russian strikes killed 7 civilians in Kharkiv.", "2025-05-03", "2025-05-03", ""},
		{"On 05/23/2025, Russian strikes killed 7 civilians in Kharkiv.", "2025-05-23", "2025-05-23", ""},
		// "Today" with a total as it stands is a running total's end;
		// with a deed, the day's.
		{"Today, Western intelligence believes Russia's dead number 250,000.", "2022-02-24", "2025-06-12", ""},
		{"Russian strikes killed 12 people in Kharkiv today.", "2025-06-12", "2025-06-12", ""},
		// "overnight Friday into Saturday": the night after Friday.
		{"Gunmen killed about 100 people in Benue state overnight Friday into Saturday, Amnesty International said.", "2025-06-06", "2025-06-07", ""},
		// "overnight on Friday": that day's night.
		{"Gunmen killed about 100 Nigerian villagers in Benue state overnight on Friday, Amnesty International said.", "2025-06-05", "2025-06-06", ""},
		// Spans of whole years with a dash; a registry war so named.
		{"The battle of Aleppo (2012–2016) killed more than 31,000 people.", "2012-01-01", "2016-12-31", ""},
		{"Syrian deaths in Aleppo (2012-16) exceeded 31,000.", "2012-01-01", "2016-12-31", ""},
		{"In the 2003–2011 Iraq war, 4,431 American troops were killed.", "2003-01-01", "2011-12-31", ""},
		{"The violence follows the 2020-2022 war in Tigray, in which as many as 600,000 people died.", "2020-11-03", "2022-11-02", ""},
		{"Armenia's Ministry of Defence said 3,825 servicemen were killed in the 2020 war.", "2020-09-27", "2020-11-10", ""},
		// A year holding another war's start is the year itself.
		{"From 2009 to 2012, US forces lost 1,000 soldiers in Afghanistan.", "2009-01-01", "2012-12-31", ""},
		{"Since 2011, more than 500,000 people were killed in Syria.", "2011-03-15", "2025-06-12", ""},
		// The day a war named before ended dates the war, not the figure.
		{"The Tigray war, which ended in November 2022, killed as many as 600,000 Tigrayans.", "2020-11-03", "2022-11-02", ""},
		// A month after the losses' place is theirs, whatever the verb.
		{"Civilian casualties in Ukraine in November 2024 totalled 467.", "2024-11-01", "2024-11-30", ""},
		// After an operation began, or in the days after a dated deed.
		{"Israel's military has said 470 soldiers were killed in Gaza after the ground invasion began.", "2023-10-27", "2025-06-12", ""},
		{"The RSF killed more than 1,500 people in the days after it captured El Fasher on 6 June.", "2025-06-06", "2025-06-12", ""},
		// "the lowest … since March 2023" compares; "the week of 16 to
		// 22 December" is both days.
		{"In May 2025, Russia lost an average of 960 personnel a day, the lowest monthly average since March 2023.", "2025-05-01", "2025-05-31", ""},
		{"Russia probably lost 1,550 personnel per day during the week of 16 to 22 May, the highest weekly average of the war to date.", "2025-05-16", "2025-05-22", ""},
		// A time after "said that" is what was said's.
		{"Ukraine's defence ministry said that in May, Russia lost 28,290 soldiers.", "2025-05-01", "2025-05-31", ""},
		// The time of what a figure is multiplied against is not its own.
		{"Russia is losing about 10,000 drones a month, three times the rate a year ago.", "2022-02-24", "2025-06-12", ""},
		// "two years of war": the war's length, from its start.
		{"CPJ says 210 journalists have been killed in Gaza in two years of war.", "2023-10-07", "2025-06-12", ""},
		{"Russia lost 9,000 men in three days of fighting.", "2025-06-09", "2025-06-12", ""},
		// A headline's present tense: the day's attack and its toll.
		{"RSF attack on Zamzam camp kills more than 400, UN says", "2025-06-11", "2025-06-12", ""},
		{"Israeli strikes kill 558 in Lebanon, health ministry says", "2025-06-11", "2025-06-12", ""},
		// A war's length is no span of the figure: the whole war.
		{"Syria's 13-year war left some 600,000 dead.", "2011-03-15", "2025-06-12", ""},
		{"Sudan's two-year war has killed at least 150,000 people.", "2023-04-15", "2025-06-12", ""},
		{"The three-year war has cost Russia more than 250,000 dead.", "2022-02-24", "2025-06-12", ""},
		// "last September": the latest September; after a verb of saying,
		// the statement's month.
		{"Russia lost 40,000 troops last September.", "2024-09-01", "2024-09-30", ""},
		{"The WSJ reported last September that 80,000 Ukrainian troops had been killed.", "2022-02-24", "2024-09-30", ""},
		// A time between a subject and its verb of giving.
		{"The UK Defence Intelligence update in April put Russian losses at 900,000.", "2022-02-24", "2025-04-30", ""},
		// A statement's season dates a running total, not its span.
		{"The Pentagon estimated in late 2024 that Ukraine had suffered some 400,000 casualties.", "2022-02-24", "2024-12-31", ""},
		// A bare run of months, each with its year.
		{"Russian casualties, Feb 2022–May 2025: 998,700", "2022-02-24", "2025-05-31", ""},
		// A decade.
		{"In the 1990s, Russia lost around 6,000 soldiers in Chechnya.", "1990-01-01", "1999-12-31", ""},
		// "since last October": the latest October before publication.
		{"Since last October, Ukraine has lost more than 1,200 armoured vehicles, according to Oryx.", "2024-10-01", "2025-06-12", ""},
		// "by the end of last year": a running total that stood then.
		{"Russia had lost 700,000 troops by the end of last year.", "2022-02-24", "2024-12-31", ""},
		// "the year to May": the twelve months ending with May.
		{"In the year to May, Russia lost around 1,400 tanks, the IISS estimated.", "2024-06-01", "2025-05-31", ""},
		// "since the <day> <event>": the day of the event.
		{"Since the 18 March collapse of the truce, at least 4,900 people have been killed in Gaza.", "2025-03-18", "2025-06-12", ""},
		{"Since the 1 February 2021 coup, the military has killed at least 6,800 civilians in Myanmar.", "2021-02-01", "2025-06-12", ""},
		// Year first; and the American order when the other would be
		// after publication.
		{"As of 2025/06/11, Russia had lost 10,900 tanks since the invasion.", "2022-02-24", "2025-06-11", ""},
		{"The Pentagon estimated on 6/11/2025 that Ukraine had lost 400,000 troops since the invasion.", "2022-02-24", "2025-06-11", ""},
		{"Russian strikes have killed 2,574 civilians in Kharkiv since the offensive began in May last year.", "2024-05-01", "2025-06-12", ""},
		{"Israeli strikes killed 250 people in Lebanon in March last year.", "2024-03-01", "2024-03-31", ""},
		// A statement's day across its occasion ends a running total.
		{"Russia has suffered more than 900,000 casualties since February 2022, a NATO official estimated in a briefing to reporters in Brussels on Wednesday.", "2022-02-24", "2025-06-11", ""},
		// A weekday with its date is the date; a weekday after a date
		// names the same day.
		{"A ballistic missile strike on Kryvyi Rih on Friday 4 April killed 20 civilians.", "2025-04-04", "2025-04-04", ""},
		{"A strike on Sumy on Sunday, April 13, killed 35 civilians.", "2025-04-13", "2025-04-13", ""},
		{"A strike on central Sumy on the morning of 13 April, Palm Sunday, killed 35 civilians.", "2025-04-13", "2025-04-13", ""},
		{"Between 19 January, when the ceasefire took effect, and 12 March, at least 150 Palestinians were killed in Gaza.", "2025-01-19", "2025-03-12", ""},
		// The length of a fight written as one word ends on the day the
		// text gives; aid workers are people.
		{"The RSF killed at least 100 people, including nine aid workers, in a two-day assault on the camp, the United Nations said on Tuesday.", "2025-06-08", "2025-06-10", ""},
		{"The RSF killed at least 100 people during the eleven-day offensive.", "2025-06-01", "2025-06-12", ""},
		{"AAPP has verified that 4,468 people have been killed by the military junta since the attempted coup of 1 February 2021.", "2021-02-01", "2025-06-12", ""},
		// Two years or months in a row are one span.
		{"Russia lost 3,240 tanks in 2023 and 2024 combined.", "2023-01-01", "2024-12-31", ""},
		{"Russia lost 640 tanks in January and February 2025.", "2025-01-01", "2025-02-28", ""},
		// Counts to a day given with its weekday or its hour.
		{"In the week to Sunday 8 June, Russia suffered around 7,800 casualties.", "2025-06-01", "2025-06-08", ""},
		{"In the week to Sunday, Russia suffered around 7,800 casualties.", "2025-06-01", "2025-06-08", ""},
		{"In the 24 hours to 8 a.m. on Wednesday, 81 Palestinians were killed in Gaza.", "2025-06-10", "2025-06-11", ""},
		{"In the 48 hours to 08:00 on 10 June, 81 Palestinians were killed in Gaza.", "2025-06-08", "2025-06-10", ""},
		// The night a scene is set on dates the figures of the next
		// sentences, a sentence that opens with its figure too.
		{"On the night of 10-11 June Russian forces struck Kharkiv with guided bombs. 28 people were killed.", "2025-06-10", "2025-06-11", ""},
		{"Russia lost 90,000 troops in March-May.", "2025-03-01", "2025-05-31", ""},
		{"Russia lost 90,000 troops in November 2024–January 2025.", "2024-11-01", "2025-01-31", ""},
		// Seasons are meteorological, the latest begun by publication.
		{"Russia has lost 35,000 troops since the spring.", "2025-03-01", "2025-06-12", ""},
		{"Russia lost 35,000 troops in the summer of 2024.", "2024-06-01", "2024-08-31", ""},
		{"Russia lost 35,000 troops over the winter.", "2024-12-01", "2025-02-28", ""},
		// A length of fighting that ended on a day named runs to it.
		{"Russia lost 20,000 men in the 224-day battle for Bakhmut that ended on 20 May 2023.", "2022-10-08", "2023-05-20", ""},
		// A length of fighting with no dates runs up to publication.
		{"Russia lost 9,000 men in three days of fighting.", "2025-06-09", "2025-06-12", ""},
		{"Russia lost 40,000 men over two years.", "2023-06-12", "2025-06-12", ""},
		// "in the war" is the war so far.
		{"Tens of thousands of civilians have been killed in Sudan's civil war.", "2023-04-15", "2025-06-12", ""},
		// One attack's toll with no day of its own is the day's news; a
		// campaign's is a running total.
		{"At least 12 Palestinians were killed in an Israeli strike on a school in Gaza City.", "2025-06-11", "2025-06-12", ""},
		{"More than 44,000 Palestinians have been killed in Israeli strikes on Gaza.", "2023-10-07", "2025-06-12", ""},
		{"Russia lost 1,140 troops in the past 24 hours.", "2025-06-11", "2025-06-12", ""},
		{"At least 15 people were killed when a strike hit a school this morning.", "2025-06-12", "2025-06-12", ""},
		{"At least 15 Palestinians killed in strike on Nuseirat school", "2025-06-11", "2025-06-12", ""},
		{"Kharkiv hypermarket strike kills 18 as Russia presses in the northeast", "2025-06-11", "2025-06-12", ""},
		{"At least 30 people have been killed in Gaza since dawn, medics said.", "2025-06-12", "2025-06-12", ""},
		// Named phases of a war, from the registry; the war decides
		// between phases of the same name.
		{"Russia says Ukraine has lost upwards of 8,200 troops since the start of the Kursk incursion.", "2024-08-06", "2025-06-12", ""},
		{"Israel's own losses in the Gaza ground operation stand at 267 soldiers killed.", "2023-10-27", "2025-06-12", ""},
		{"Israel says 50 soldiers have been killed in the ground operation in Lebanon.", "2024-10-01", "2024-11-27", ""},
		{"The alliance says it has captured 17 tanks since launching Operation 1027.", "2023-10-27", "2025-06-12", ""},
		{"At least 669 children have been killed in Ukraine since the escalation of the war three years ago, Save the Children said today.", "2022-02-24", "2025-06-12", ""},
		{"The report said 131 civilians were killed by the rebels in Kishishe on 29 and 30 November.", "2024-11-29", "2024-11-30", ""},
		// Two weekdays are both days; "had been killed ... on Tuesday"
		// in reported speech dates an event, not a total on that day.
		{"Rebels said they had killed 40 soldiers in fighting on Saturday and Sunday.", "2025-06-07", "2025-06-08", ""},
		{"Rebels killed 40 soldiers on Friday and Saturday nights.", "2025-06-06", "2025-06-07", ""},
		{"Officials said 12 civilians had been killed in air strikes on villages on Sunday and Monday.", "2025-06-08", "2025-06-09", ""},
		{"Officials said 12 civilians had been killed in air strikes on Tuesday.", "2025-06-10", "2025-06-10", ""},
		{"Kiev's losses since the beginning of the Kursk incursion on Aug. 6 have exceeded 53,000 servicemen.", "2024-08-06", "2025-06-12", ""},
		// A length of fighting with its last day, after "just"; a part
		// of its dead in the next sentence keeps its span.
		{"The offensive toppled the government in just 11 days, ending with the capture of the capital on 8 December 2024, and left 910 people dead.", "2024-11-27", "2024-12-08", ""},
		{"The offensive lasted 11 days, ending on 8 December 2024, and left 910 people dead.", "2024-11-27", "2024-12-08", ""},
		{"The Ukrainian army has lost over 1,600 troops in 24 hrs, the ministry said.", "2025-06-11", "2025-06-12", ""},
		{"Russia lost 30,000 troops in May.", "2025-05-01", "2025-05-31", ""},
		{"Russia lost 30,000 troops in December.", "2024-12-01", "2024-12-31", ""},
		{"Russia lost 400,000 troops in 2024.", "2024-01-01", "2024-12-31", ""},
		{"Russia lost 400,000 troops last year.", "2024-01-01", "2024-12-31", ""},
		{"Russia lost 200,000 troops in the last six months.", "2024-12-12", "2025-06-12", ""},
		{"Russia lost 200,000 troops since October.", "2024-10-01", "2025-06-12", ""},
		{"Russia lost 200,000 troops since the start of 2025.", "2025-01-01", "2025-06-12", ""},
		{"Russia lost 200,000 troops in the last six months of 2025.", "2025-07-01", "2025-12-31", attrition.FlagPeriodAfterPublication},
		{"Russia lost 100,000 troops in the first half of 2024.", "2024-01-01", "2024-06-30", ""},
		{"Russia lost 100,000 troops between January and March 2024.", "2024-01-01", "2024-03-31", ""},
		// One attack with its modifiers before it: the past day's news.
		{"A Russian guided-bomb strike on a hardware store in Kharkiv has killed at least 12 people, the governor says.", "2025-06-11", "2025-06-12", ""},
		// "reported fatalities": an adjective, no statement dated "in May".
		{"ACLED recorded 1,340 reported fatalities in Burkina Faso in May, the highest monthly total since the 2022 coups.", "2025-05-01", "2025-05-31", ""},
		// The start after "in the fighting" says which fighting.
		{"The army said it had killed more than 500 fighters in the fighting around the city since the start of the year.", "2025-01-01", "2025-06-12", ""},
		// An event named by its day.
		{"The 22 April attack killed 26 tourists in the valley.", "2025-04-22", "2025-04-22", ""},
		// A first day with no year takes the year of the second.
		{"The war, fought from 27 September to 10 November 2020, killed 3,825 soldiers.", "2020-09-27", "2020-11-10", ""},
		{"Between 27 September and 10 November 2020, the army lost 255 tanks.", "2020-09-27", "2020-11-10", ""},
		// A time of day is no day of the month.
		{"Between 7 October 2023 and 12:00 on 7 March 2024, at least 30,800 people were killed.", "2023-10-07", "2024-03-07", ""},
		{"Between the afternoons of 5 and 7 March, 169 people were killed.", "2025-03-05", "2025-03-07", ""},
		{"As of 1 June, Russia had lost 990,000 troops since the invasion.", "2022-02-24", "2025-06-01", ""},
		{"Israel has lost 400 soldiers since October 7.", "2023-10-07", "2025-06-12", ""},
		{"Russia has lost 990,000 troops in all, with another 1,140 over the past day.", "2022-02-24", "2025-06-12", ""},
		{"Russia lost 110,000 troops in the three months to the end of March 2025.", "2025-01-01", "2025-03-31", ""},
		{"Since fighting broke out between the army and the RSF in April 2023, 28,700 people have been killed.", "2023-04-15", "2025-06-12", ""},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, pub, "")
		if len(cs) == 0 {
			t.Errorf("%q: no claim", tt.text)
			continue
		}
		c := cs[0]
		if c.PeriodStart.String() != tt.start || c.PeriodEnd.String() != tt.end {
			t.Errorf("%q: period %s → %s, want %s → %s", tt.text, c.PeriodStart, c.PeriodEnd, tt.start, tt.end)
		}
		if tt.flag != "" && !c.HasFlag(tt.flag) {
			t.Errorf("%q: flags %v, want %s", tt.text, c.Flags, tt.flag)
		}
	}
}

// TestPeriodsFromEarlierSentences checks the period of a text's last
// figure, which it takes from what the text said before.
func TestPeriodsFromEarlierSentences(t *testing.T) {
	const pub = "2025-06-12"
	tests := []struct {
		text       string
		start, end string
	}{
		// A live blog's day above its entries, or before one, dates
		// what they tell.
		{"Saturday 7 June 2025\n\n07:55 BST Overnight Russian strikes on Kharkiv killed three people, the governor said.", "2025-06-06", "2025-06-07"},
		{"9 June, 22:10 — Gaza's health ministry says 45 people were killed in the past 24 hours.", "2025-06-08", "2025-06-09"},
		// The items of one list share its time.
		{"Russian air defences shot down 4 missiles, 12 rockets and 35 drones.", "2025-06-11", "2025-06-12"},
		// The time a ", when" clause hangs on; a figure of another war
		// set against the first takes none of its time.
		{"It was the worst clash between India and Pakistan since 1971, when some 3,800 Pakistani soldiers were killed.", "1971-01-01", "1971-12-31"},
		{"Ukraine's General Staff says Russia has lost 120,000 men this year, twice the American toll of 58,000 in Vietnam.", "", ""},
		// How long a past event lasted is no time back from the text.
		{"The siege, which lasted 872 days, killed about 800,000 civilians in Leningrad.", "", "2025-06-12"},
		// A list line labelled with its date counts that day or month,
		// in the heading's year; a heading with no colon heads it too.
		{"Russian losses:\n- 9 June: 1,120 personnel\n- 10 June: 1,050 personnel\n", "2025-06-10", "2025-06-10"},
		{"Russian personnel losses in 2024:\n- January: 25,360\n- February: 21,000\n", "2024-02-01", "2024-02-29"},
		{"## Russian personnel losses\n- January 2025: 25,360\n- February 2025: 21,000\n", "2025-02-01", "2025-02-28"},
		// An item labelled with its year counts that year.
		{"Russian soldiers killed, by year: 2022: 14,000; 2023: 42,000; 2024: 45,000.", "2024-01-01", "2024-12-31"},
		// "rose by N in the past week to M": M is the running total.
		{"The number of confirmed civilian deaths in Ukraine rose by 300 in the past week to 13,300, the UN said.", "2022-02-24", "2025-06-12"},
		// The toll of one episode of a war does not start with the war.
		{"The SOHR said the toll from the Sweida clashes had risen to 940.", "", "2025-06-12"},
		// A list of weapons before its verb of downing: the day's news.
		{"Ukraine's air force said 413 drones and 41 missiles were intercepted.", "2025-06-11", "2025-06-12"},
		// The wounded of one attack told in the simple past are the
		// day's news, as its dead are.
		{"Russian shelling injured six civilians.", "2025-06-11", "2025-06-12"},
		// The second deed of one strike shares the first's day.
		{"Israeli strikes killed 12 people and wounded 30 in Khan Younis.", "2025-06-11", "2025-06-12"},
		// The earlier count of "up from N last month" runs from the same
		// war's start to that time.
		{"The Gaza health ministry said 55,000 people had been killed since the war began, up from 52,000 last month.", "2023-10-07", "2025-05-31"},
		// The parts of a toll the sentence before gave share its time.
		{"Clashes in Sweida have killed more than 350 people since Sunday, according to SOHR. The monitor said the dead included 79 Druze fighters, 55 civilians and 189 members of government forces.", "2025-06-08", "2025-06-12"},
		// A total told as it rose, with the time the first figure stood
		// between the two: the figure before stood then.
		{"Russian casualties rose from 300,000 at the end of 2023 to 1,000,000 now.", "2022-02-24", "2023-12-31"},
		// A headline's running total after the day's, with no article.
		{"Russian losses: 1,000 in past day; 1,000,000 since invasion", "2022-02-24", "2025-06-12"},
		// "in a day", "in a week": one unit up to the text.
		{"Russia lost 9,000 troops in a week, Ukraine says", "2025-06-05", "2025-06-12"},
		// The second of "were killed and 150 wounded" shares the verb.
		{"Four people were killed and 12 injured in Kharkiv.", "2025-06-11", "2025-06-12"},
		// A tally's change with its own window in the brackets.
		{"Gaza: 55,104 killed (+120 in the past 48 hours).", "2025-06-10", "2025-06-12"},
		{"Ukraine reported 41 killed (+120 in last 48h) in the region.", "2025-06-10", "2025-06-12"},
		// A total after a semicolon takes no time of the clause before
		// but the day it stood.
		{"Russia lost 1,000 troops on Monday; it has lost 998,000 in total.", "2022-02-24", "2025-06-09"},
		// A digest of many speakers: each reports within the lead's
		// window.
		{"Russian attacks killed at least 11 people over the past day, regional authorities reported. In Donetsk Oblast, Russian attacks killed three people and injured seven, according to Governor Vadym Filashkin.", "2025-06-11", "2025-06-12"},
		// The toll after a sentence that told a deed and its day is that
		// day's.
		{"A Russian missile hit a block of flats in Dnipro on Monday. Two people were killed and 20 are believed to be under the rubble.", "2025-06-09", "2025-06-09"},
		// "the first three months of this year": counted within it.
		{"The RSF lost at least 2,000 fighters in the first three months of this year.", "2025-01-01", "2025-03-31"},
		// Those who remain missing are a state now, not the day's news.
		{"Civil defence crews in Gaza recovered 14 bodies on Wednesday, and about 10,000 people remain missing.", "2023-10-07", "2025-06-12"},
		// A toll that rises in another clause than the day's count.
		{"Health Ministry: 41 killed in 24 hours in Gaza; toll rises to 55,362.", "2023-10-07", "2025-06-12"},
		// The attack that began a war known by its day is that day's,
		// even after "a year after" and a statement's day.
		{"A year after Hamas fighters stormed into southern Israel, killing some 1,200 people, officials said on Monday that the fighting goes on.", "2023-10-07", "2023-10-07"},
		// A place's part of the toll before it, and the second of its
		// pair.
		{"Gunmen who stormed into southern Israel killed about 1,200 people. At the festival alone, 364 people were killed and 44 abducted.", "2023-10-07", "2023-10-07"},
		// A war's toll "brought to" a total after the night's scene:
		// the war's, not the night's.
		{"Israeli strikes killed at least 40 Palestinians across the Gaza Strip overnight, hospital officials said. The Health Ministry said 94 people were killed over the past 24 hours, bringing the death toll to 55,297.", "2023-10-07", "2025-06-12"},
		// A toll "in the battle" after the sentence that dated it.
		{"The Battle of Bakhmut lasted from 1 August 2022 to 20 May 2023. Ukrainian officials estimated that Russia lost 20,000–30,000 killed in the battle.", "2022-08-01", "2023-05-20"},
		// "also killed" a sentence after a toll: the toll's time, for
		// each figure of the clause.
		{"The monitor said 1,383 civilians were killed in the violence that began on March 6. It blamed security forces. More than 230 members of the security forces and 250 fighters were also killed.", "2025-03-06", "2025-06-12"},
		// "Another" after a whole and its part: the whole's time.
		{"The military said 892 soldiers have been killed since October 7, including 446 in the ground operation. Another 6,100 have been wounded.", "2023-10-07", "2025-06-12"},
		// Another source's figure for the count just given: its time.
		{"Ukrainian officials say more than 600 civilians were killed in Russian attacks in May. The UN put the figure at 232.", "2025-05-01", "2025-05-31"},
		// "the month" after a sentence that compares two months: the
		// later one, not the one compared with.
		{"Losses in March rose to about 1,300 a day, against 1,150 a day in February. In all, the army lost some 40,000 men over the month.", "2025-03-01", "2025-03-31"},

		// "the same week" after a month's figure came between; "the
		// previous week" is the week before the week the text gave.
		{"In the week to Sunday 1 June, the army lost about 8,000 men. Losses in May averaged 1,200 a day. In the same week, drones destroyed at least 35 tanks.", "2025-05-25", "2025-06-01"},
		{"In the week to Sunday 1 June, the army lost about 8,000 men. The total for the previous week was 8,600.", "2025-05-18", "2025-05-25"},
		// The subject month of a sentence dates its figures.
		{"March was probably the costliest month of the war so far for the army, with an average of 1,320 casualties a day.", "2025-03-01", "2025-03-31"},
		// The speaker's name for the phase, and the day of a statement
		// to an audience, which ends the running total.
		{"Ukraine has lost 38,000 men since the start of what Moscow calls its Kursk operation, the minister told a meeting of the defence board on Tuesday.", "2024-08-06", "2025-06-10"},
		// "over the same period" after a figure dated by "since", with
		// the day of a statement to lawmakers in between.
		{"Officials said the brigade had lost around 900 men since its units first went into combat in March. The agency gave a lower figure to lawmakers on Monday: about 300 killed over the same period.", "2025-03-01", "2025-06-12"},
		// "Over the week" in a summary that named its week.
		{"From 4 to 10 June, units continued to advance and took 9 villages.\n\nOver the week, the enemy lost more than 9,350 servicemen and 37 tanks.", "2025-06-04", "2025-06-10"},
		// What was shot down of the weapons fired on a day: that day.
		{"The army fired 84 cruise missiles at cities across the country on Monday, killing 19 people. The commander said air defences had shot down 43 of the missiles.", "2025-06-09", "2025-06-09"},
		// The frame a report's lead sentence opens with dates its later
		// figures that give no period of their own.
		{"1. From 25 May to 3 June, rebel groups launched attacks on towns in the north. 2. In the battles, the columns inflicted heavy casualties. The bodies of 346 fighters were found.", "2025-05-25", "2025-06-03"},
		// A lead sentence that counts nothing frames the report wherever
		// its range stands, a list under "Results:" too.
		{"PRESS RELEASE No. 14\n\nThe command informs the public that between 1 and 3 June 2025, its units conducted strike operations in the north.\n\nResults:\n- Enemy side: 12 motorcycles destroyed.\n- Friendly side: 2 dead, 5 injured.", "2025-06-01", "2025-06-03"},
		// The phase a verb of starting names; a war named by its
		// length; the start of a month.
		// The lines of a toll's breakdown count its dead, in its period.
		{"The monitor documented the deaths of 342 people across the country in May 2025. The toll was distributed as follows:\n161 civilians, among them 27 children.\n64 members of regime forces and loyal militiamen.\n21 members of foreign-backed militias.", "2025-05-01", "2025-05-31"},
		// The total a clause brings the count to runs from the war's
		// start, whatever time the clause before it named.
		{"Russian troops have lost about 1,000 soldiers a day on average since the start of the year, the British defence ministry said, bringing total Russian casualties to around 950,000.", "2022-02-24", "2025-06-12"},
		// "the same period of 2024": the span compared, in the year named.
		{"In the first three months of 2025, ACLED recorded 3,850 fatalities in Burkina Faso, up from 2,200 in the same period of 2024.", "2024-01-01", "2024-03-31"},
		// "this week" of the telling is no span of the losses told.
		{"A senior NATO official told reporters this week that Russia had suffered about 350,000 killed and wounded.", "2022-02-24", "2025-06-12"},
		// "the ground campaign" is the ground operation's phase too.
		{"Israel's military says 405 of its soldiers have died in the Gaza ground campaign.", "2023-10-27", "2025-06-12"},
		// "since October 7, 2023": the start's year is the phrase's; a
		// start compared with ("the deadliest since 1973") dates nothing.
		{"The number of Palestinians killed in the West Bank since October 7, 2023 has reached 870.", "2023-10-07", "2025-06-12"},
		{"For Israel, the war has been the deadliest since 1973: the military says 841 soldiers have been killed since 7 October 2023, and more than 5,500 wounded.", "2023-10-07", "2025-06-12"},
		// A month that holds a phase's known first day keeps the day.
		{"Since the Kursk incursion began in August 2024, shelling and drone attacks have killed more than 350 civilians in the region.", "2024-08-06", "2025-06-12"},
		// The Russian ministry's name for the Kursk phase.
		{"In total, since the beginning of hostilities in the Kursk direction, the AFU has lost more than 67,770 servicemen.", "2024-08-06", "2025-06-12"},
		// A long title whose dates close it in brackets.
		{"Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (2–8 June 2025)\n\nOver the week, the enemy's losses amounted to up to 1,470 servicemen.", "2025-06-02", "2025-06-08"},
		// A bare "They include:" heading after the toll.
		{"The monitor documented 1,250 deaths across the country in May 2025. They include:\n– 612 civilians, among them 84 children;\n– 203 members of the security forces.", "2025-05-01", "2025-05-31"},
		// The period a report says its figures cover frames its
		// tables' rows; a snapshot's day ends its running totals.
		{"Data: ACLED. Figures cover 1 January – 31 December 2024.\n\n| Country | Reported fatalities |\n|--|--|\n| Mali | 3,953 |\n", "2024-01-01", "2024-12-31"},
		{"Oryx tally of Russian equipment losses, snapshot taken 8 June 2025.\n\nTanks | 3,389\n", "2022-02-24", "2025-06-08"},
		// A summary headed "as of" its own day is a daily report: its
		// undated events are the past day's.
		{"Russian Defence Ministry: summary of the special military operation (as of 12 June 2025)\n\nUnits of the Sever Group of Forces improved the tactical situation. The enemy lost up to 95 troops and three motor vehicles.", "2025-06-11", "2025-06-12"},
		{"Weekly Battle Report\nReporting period: 26.5.2025 – 1.6.2025\n\nRegion     Clashes   Junta killed\nSagaing    41        96\n", "2025-05-26", "2025-06-01"},
		// "the so-called ground incursion": the phase all the same.
		{"The operations room publishes the following summary of enemy losses since the start of the so-called ground incursion into southern Lebanon:\n- more than 95 soldiers of the Israeli enemy killed.", "2024-10-01", "2025-06-12"},
		// A night's attack keeps its scene through the list of what
		// was launched and the sentences that go on telling of it; the
		// night began the evening before.
		{"On the night of 10 June (from 18:00 on 9 June), the enemy attacked with 315 drones and missiles:\n- 299 attack drones;\n- 16 missiles.\n\nThe main target of the attack was the city of Rivne.\n\nAir defence shot down 280 of them:\n- 270 drones shot down;\n- 10 missiles shot down.", "2025-06-09", "2025-06-10"},
		// Parts of a toll take its period: the second of "Of those, …
		// and …", and the people "among the dead".
		{"Gang violence killed or injured more than 2,500 people in Haiti in the first three months of 2025, the UN said. Of those, 1,500 were killed and 900 injured.", "2025-01-01", "2025-03-31"},
		{"Gang violence killed or injured more than 2,500 people in Haiti in the first three months of 2025, the UN said. Eleven police officers were among the dead.", "2025-01-01", "2025-03-31"},
		// "This week" in an update headed by its week is that week;
		// "the week before" is the one before it.
		{"Situation Update | 31 May-6 June 2025\n\nThe monitor records 64 reported fatalities in Mali this week.", "2025-05-31", "2025-06-06"},
		{"Situation Update | 31 May-6 June 2025\n\nThe monitor records 64 reported fatalities in Mali this week, down from 93 the week before.", "2025-05-24", "2025-05-30"},
		// A list of a day's fight's results takes the day.
		{"On Tuesday 10 June, our forces repelled a large attack south of the city. Our forces inflicted heavy losses on the enemy:\n\n- more than 340 killed;\n- 45 captured.", "2025-06-10", "2025-06-10"},
		// A lead that says what the table below it counts frames its
		// rows.
		{"Data brief.\n\nThe table below counts deaths we could verify in five townships, from the launch of Operation 1027 to 31 May 2025.\n\n| Township | Junta troops killed |\n|--|--|\n| Lashio | 260 |\n", "2023-10-27", "2025-05-31"},
		// A toll of an event named by its day is that day's, however
		// it has risen since.
		{"The health ministry said on Thursday that the toll from Tuesday's wave of drone strikes on the port had risen to 31 dead.", "2025-06-10", "2025-06-10"},
		{"Officials said the toll from the 10 June bombing had risen to 31.", "2025-06-10", "2025-06-10"},
		// A list heading's dates win over the window it also names.
		{"Results of the week (2–8 June) in our area near Kupiansk:\n\noccupiers eliminated: 386\noccupiers wounded: 271\n", "2025-06-02", "2025-06-08"},
		// A breakdown's table rows take the toll's period.
		{"The monitor documented the deaths of 1,432 people across Syria in May 2025. Its breakdown, pasted from the spreadsheet:\n\nCategory\tKilled\tOf whom children\nCivilians\t627\t96\n", "2025-05-01", "2025-05-31"},
		// A title's dates frame the list lines below it.
		{"Week in numbers | 2–8 June\n\noccupiers eliminated: 688\noccupiers wounded: 391\n", "2025-06-02", "2025-06-08"},
		// A title that ends with its dates frames the report too.
		{"MEDIA BRIEFING ON MILITARY OPERATIONS, 2–8 JUNE 2025\n\nTroops neutralised 187 terrorists, arrested 312 suspects and rescued 96 kidnapped hostages.", "2025-06-02", "2025-06-08"},
		{"The army has lost 3,000 soldiers since the rebel alliance launched Operation 1027 in Shan State.", "2023-10-27", "2025-06-12"},
		{"The country's military toll from the 44-day war, which ended on 10 November 2020, stands at 3,800, with 240 soldiers still missing.", "2020-09-27", "2020-11-10"},
		{"Since the summer offensive began at the start of May, the army has lost 95,000 men.", "2025-05-01", "2025-06-12"},
		// A night's attack sets the scene its later tolls fall in; the
		// year of a superlative is the comparison's, not the toll's.
		{"Russia pounded the capital with drones overnight, killing at least 12 people and wounding more than 90, in one of the deadliest attacks on the city this year. By mid-afternoon the toll had risen to 16, the head of the city administration said.", "2025-06-11", "2025-06-12"},
		// A sentence that counted people killed sets the scene, whatever
		// its words for the deed.
		{"Troops raided a village on Tuesday, killing 13 people. More than 20 people were wounded.", "2025-06-10", "2025-06-10"},
		// A battle of a few days, dated in full, sets the scene too.
		{"The army suffered heavy losses in fighting near the border from 25 to 27 May. The rebel alliance said on Monday that its fighters had killed 47 soldiers.", "2025-05-25", "2025-05-27"},
		// A story that keeps counting the attack's toll keeps its day
		// past four sentences.
		{"Troops raided a village on Tuesday, killing 13 people. The toll later rose to 16. Among the dead were two children. Rescuers said 10 people were missing. A school was damaged. The mayor said 24 people had been injured.", "2025-06-10", "2025-06-10"},
		// A figure between with no time words, which fell back to the
		// war's start, has not moved the story on from the attack.
		{"A missile hit a block of flats on Tuesday, killing nine people. The air force said 64 drones were shot down. The toll later rose to 19.", "2025-06-10", "2025-06-10"},
		// Weapons shot down, the verb after them, take the night they
		// were fired in, the launch verb governing a list.
		{"The air force says Russia fired two ballistic missiles and 87 drones overnight. It says 64 drones were shot down or suppressed.", "2025-06-11", "2025-06-12"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, pub, "")
		if len(cs) == 0 {
			t.Errorf("%q: no claim", tt.text)
			continue
		}
		c := cs[len(cs)-1]
		if c.PeriodStart.String() != tt.start || c.PeriodEnd.String() != tt.end {
			t.Errorf("%q: last period %s → %s, want %s → %s", tt.text, c.PeriodStart, c.PeriodEnd, tt.start, tt.end)
		}
	}
}

func TestLikelihoodAndSources(t *testing.T) {
	tests := []struct {
		text, source string
		yard         string
		w            want
		prob         [2]float64
	}{
		{"Russia has likely suffered 1,000,000 casualties, UK Defence Intelligence said.", "", "phia",
			want{category: "casualties", low: f(1e6), high: f(1e6), likelihood: "likely", source: "UK Ministry of Defence"}, [2]float64{0.55, 0.75}},
		// The wires' description of the Syrian Observatory, as its name.
		{"A Britain-based war monitor said 45 people were killed in Sweida.", "", "",
			want{category: "killed", low: f(45), high: f(45), source: "Syrian Observatory for Human Rights"}, [2]float64{}},
		{"Syria war monitor says 45 killed in clashes.", "", "",
			want{category: "killed", low: f(45), high: f(45), source: "Syrian Observatory for Human Rights"}, [2]float64{}},
		// A body's model or list, by its possessive, is its count.
		{"The Economist's model puts Russian military deaths at 172,000.", "", "",
			want{category: "killed", low: f(172000), high: f(172000), source: "The Economist"}, [2]float64{}},
		{"Mediazona's list of Russian war dead has reached 106,745 names.", "", "",
			want{category: "killed", low: f(106745), source: "Mediazona"}, [2]float64{}},
		// A country's office holder, by the office as written, speaks
		// for his own clause.
		{"Trump said Israeli strikes had killed many Iranian commanders, and Iran's UN envoy said 78 people had died.", "", "",
			want{category: "killed", low: f(78), high: f(78), source: "Iran's UN envoy"}, [2]float64{}},
		// A list line's bracketed source is that line's alone.
		{"Russia: 120,000 killed (Mediazona)\nUkraine: 70,000 killed\n", "", "",
			want{category: "killed", low: f(70000), high: f(70000), source: "-", actor: "Ukraine"}, [2]float64{}},
		// A body's figure named by its possessive, whoever doubts it;
		// the time of initial reports is no name.
		{"Analysts questioned the Gaza health ministry's toll of 35,000 dead.", "", "",
			want{category: "killed", low: f(35000), high: f(35000), source: "Gaza Health Ministry"}, [2]float64{}},
		{"Initial reports said 70 people were killed.", "", "",
			want{category: "killed", low: f(70), high: f(70), source: "-"}, [2]float64{}},
		// "claimed by Kyiv": the passive's agent gave the figure.
		{"The 1,000 Russian dead claimed by Kyiv could not be verified.", "", "",
			want{category: "killed", low: f(1000), high: f(1000), source: "Ukraine"}, [2]float64{}},
		// A country's judiciary speaks under its name.
		{"Seventy-one people were killed in the strike, the Iranian judiciary said.", "", "",
			want{category: "killed", low: f(71), high: f(71), source: "Iranian judiciary"}, [2]float64{}},
		// "the ministry in Moscow" is Russia's.
		{"Ukraine lost 1,200 troops over the past day, the ministry in Moscow said.", "", "",
			want{category: "casualties", low: f(1200), high: f(1200), source: "Ministry of Defence of the Russian Federation"}, [2]float64{}},
		// A minister by portfolio speaks under his office's name.
		{"Iran's foreign minister said 300 soldiers had been killed in the attack.", "", "",
			want{category: "killed", low: f(300), high: f(300), source: "Iran's foreign minister"}, [2]float64{}},
		// A label of a side's losses, not of a speaker: the army's name
		// in it is no source.
		{"Russian military deaths: 109,100.", "", "",
			want{category: "killed", low: f(109100), high: f(109100), source: "-", actor: "Russia"}, [2]float64{}},
		// A range whose ends each name their source in brackets: two
		// figures, each of its own source.
		{"Estimates of Russian dead range from 90,000 (Mediazona) to 150,000 (US officials).", "", "",
			want{category: "killed", low: f(90000), high: f(90000), source: "Mediazona", actor: "Russia"}, [2]float64{}},
		// "unlikely to" between the noun and its figure, with a second
		// verb after.
		{"Russian losses were unlikely to be below 40,000 and probably did not exceed 50,000.", "", "phia",
			want{category: "casualties", high: f(40000), likelihood: "unlikely"}, [2]float64{0.25, 0.35}},
		// A study or letter "in" a journal is the journal's.
		{"According to a study in the BMJ, 8,400 Palestinians in Gaza were killed in the first month.", "", "phia",
			want{category: "killed", low: f(8400), high: f(8400), source: "BMJ"}, [2]float64{}},
		// Speakers of no name after the verb: not the place before.
		{"Airstrike kills 11 in Myanmar's Rakhine, say residents", "", "phia",
			want{category: "killed", low: f(11), high: f(11), source: "-"}, [2]float64{}},
		// A reference work's source and year in brackets.
		{"Iranian military deaths: 188,000 (Iranian government, 2000); 262,000 (Foundation of Martyrs, 2017).", "", "phia",
			want{category: "killed", low: f(262000), high: f(262000), source: "Foundation of Martyrs"}, [2]float64{}},
		// A registry body as the agent of a passive of counting.
		{"Russian losses were estimated at 110,000 killed by Mediazona.", "", "phia",
			want{category: "killed", low: f(110000), high: f(110000), source: "Mediazona"}, [2]float64{}},
		// A quotation over two sentences is its speaker's, named after
		// it closes.
		{"\"At least 13,000 civilians have been killed in Ukraine. The real number is certainly higher,\" Volker Turk said.", "", "phia",
			want{category: "killed", low: f(13000), source: "Volker Turk"}, [2]float64{}},
		// "We assess" inside a quote is the quote's speaker.
		{"Austin said: \"We assess that Russia has lost 315,000 troops killed and wounded.\"", "", "phia",
			want{category: "casualties", low: f(315000), high: f(315000), source: "Austin"}, [2]float64{}},
		// A dateline's agency in brackets is no acronym of the place.
		{"GAZA CITY, Palestinian Territories (AFP) — Strikes hit Gaza on Friday.\n\nAt least 1,219 people were killed in Israel, according to an AFP tally.", "", "phia",
			want{category: "killed", low: f(1219), source: "AFP"}, [2]float64{}},
		// The person before the appositive of his office speaks, not
		// the body his office names.
		{"Volker Turk, the UN High Commissioner for Human Rights, told the Council that at least 13,000 civilians had been killed in Ukraine.", "", "phia",
			want{category: "killed", low: f(13000), source: "Volker Turk"}, [2]float64{}},
		{"Lt Gen Rajiv Ghai, Director General of Military Operations, said 35 to 40 Pakistani soldiers were killed.", "", "phia",
			want{category: "killed", low: f(35), high: f(40), source: "Rajiv Ghai"}, [2]float64{}},
		// The words as written, read as the scale's word.
		{"Russian deaths have most likely surpassed 200,000, a senior Western official said.", "", "phia",
			want{category: "killed", low: f(200000), likelihood: "most likely"}, [2]float64{0.55, 0.75}},
		// A project named with two words between it and its article is
		// a body, no projection.
		{"According to the Oryx open-source project, Russia has lost 4,100 tanks.", "", "phia",
			want{category: "equipment:tanks", low: f(4100), high: f(4100), source: "Oryx"}, [2]float64{}},
		// "by name" is how, not who; a headline's place of the deed
		// before its participle is no speaker; a country's outlet
		// described, then named, is the registry's body.
		{"Names of more than 100,000 Russian soldiers killed in Ukraine confirmed\nMediazona and BBC Russian have now confirmed by name the deaths of 106,745 Russian military personnel.", "", "phia",
			want{category: "killed", low: f(106745), bound: "at_least", source: "Mediazona"}, [2]float64{}},
		{"The Russian independent outlet Mediazona has counted more than 90,000 Russian soldiers killed.", "", "phia",
			want{category: "killed", low: f(90000), bound: "more_than", source: "Mediazona"}, [2]float64{}},
		// A group outside the registry by its name and kind, opening the
		// sentence.
		{"Fano militia claimed to have killed 120 government soldiers in Gojjam.", "", "phia",
			want{category: "killed", low: f(120), high: f(120), source: "Fano"}, [2]float64{}},
		{"Zintan militia said 12 of its fighters were killed in the clashes.", "", "phia",
			want{category: "killed", low: f(12), high: f(12), source: "Zintan"}, [2]float64{}},
		{"Tribal militia said 12 of its fighters were killed in the clashes.", "", "phia",
			want{category: "killed", low: f(12), high: f(12), source: "-"}, [2]float64{}},
		// A hyphenated acronym, defined after a name with a dash in it,
		// stands for the name.
		{"The data come from the Centre for Conflict Studies – Sahel (CCS-Sahel). CCS-Sahel counted 412 soldiers killed in 2024.", "", "phia",
			want{category: "killed", low: f(412), high: f(412), source: "Centre for Conflict Studies – Sahel"}, [2]float64{}},
		// An office named by its holder's title is a body of its own,
		// not the source named before.
		{"Iran's health ministry said 627 people were killed. In Israel, Iranian missile attacks killed 28 people, according to the prime minister's office.", "", "phia",
			want{category: "killed", low: f(28), high: f(28), source: "prime minister's office"}, [2]float64{}},
		// A side's claim or estimate, named by its noun.
		{"The Ukrainian claim of 620 killed in the assault could not be verified.", "", "phia",
			want{category: "killed", low: f(620), high: f(620), source: "Ukraine"}, [2]float64{}},
		{"Moscow's claim of 1,500 Ukrainian soldiers killed could not be verified.", "", "phia",
			want{category: "killed", low: f(1500), high: f(1500), source: "Russia"}, [2]float64{}},
		// The other bound of one count, and an estimative word that a
		// figure of its own clause follows.
		// ("probably not more than 50,000": the negation is the
		// estimative word's, Kent's "probably not", as written.)
		{"Russian casualties in May were at least 40,000 but probably not more than 50,000.", "", "phia",
			want{category: "casualties", low: f(50000), bound: "more_than", likelihood: "probably not"}, [2]float64{0.25, 0.35}},
		{"Russian casualties in May were at least 40,000 and probably did not exceed 50,000.", "", "phia",
			want{category: "casualties", low: f(40000), bound: "at_least", likelihood: "-"}, [2]float64{}},
		{"Russia has lost 3,000 tanks and has likely lost around 9,000 armoured vehicles.", "", "phia",
			want{category: "equipment:tanks", low: f(3000), high: f(3000), likelihood: "-"}, [2]float64{}},
		// A unit's ordinal opens its name.
		{"Russian forces lost 11 tanks near Kurakhove on October 18, according to the 79th Air Assault Brigade.", "", "phia",
			want{category: "equipment:tanks", low: f(11), high: f(11), source: "79th Air Assault Brigade"}, [2]float64{}},
		// A body named by another kind than the source before is not it.
		{"SOHR said 745 civilians had been killed. The defence ministry said it had lost dozens of its personnel.", "", "phia",
			want{category: "casualties", low: f(12), bound: "at_least", source: "-"}, [2]float64{}},
		// Gaza's government media office, however the text describes it.
		{"The Hamas-run government media office said the Israeli army had killed 1,400 aid workers since the start of the war.", "", "phia",
			want{category: "killed", low: f(1400), high: f(1400), source: "Government Media Office in Gaza"}, [2]float64{}},
		// "the agency" alone picks no side's body.
		{"Ten civilians were killed in Kharkiv on Monday, the agency said.", "", "phia",
			want{category: "killed", low: f(10), high: f(10), source: "-"}, [2]float64{}},
		// "put" with the toll a few words on is a verb of putting a
		// figure, whose subject speaks.
		{"Azerbaijan said 2,906 of its servicemen were killed in the war, while Armenia put its own military death toll at 3,825.", "", "phia",
			want{category: "killed", low: f(3825), high: f(3825), source: "Armenia", actor: "Armenia"}, [2]float64{}},
		// A speaker set off by a comma after a compared figure speaks
		// for the whole sentence, not only for the compared one.
		{"In 2024, 312,400 Russian soldiers were killed or wounded, compared with 253,290 in 2023, according to Ukraine's defence ministry.", "", "phia",
			want{category: "casualties", low: f(312400), high: f(312400), source: "Ministry of Defence of Ukraine"}, [2]float64{}},
		// A body named by its kind ("the collective") speaks for its own
		// figure: the speaker before does not.
		{"JNIM claimed it had killed around 300 militia members, while the collective estimated the toll at up to 400 dead.", "", "phia",
			want{category: "killed", high: f(400), bound: "at_most", source: "-"}, [2]float64{}},
		// An armed group by its name before "rebels" or "militia".
		{"The M23 rebels said they killed 50 soldiers on Monday.", "", "phia",
			want{category: "killed", low: f(50), high: f(50), source: "M23"}, [2]float64{}},
		{"Houthi rebels said 12 people were killed in US strikes.", "", "phia",
			want{category: "killed", low: f(12), high: f(12), source: "Houthis"}, [2]float64{}},
		// A plural owner's apostrophe before the kind of body.
		{"The Houthis' health ministry said 80 people were killed.", "", "phia",
			want{category: "killed", low: f(80), high: f(80), source: "Houthis' health ministry"}, [2]float64{}},
		// "according to the military's figures": the body whose count.
		{"Two Israeli soldiers were killed on Monday, the Israeli military said. The deaths bring to 298 the number of soldiers killed since October 27, according to the military's figures.", "", "phia",
			want{category: "killed", low: f(298), high: f(298), source: "Israel Defense Forces"}, [2]float64{}},
		// An office's title before a surname is no part of the name; a
		// body's name that opens like one keeps it.
		{"President Zelensky said 46,000 soldiers had been killed.", "", "phia",
			want{category: "killed", low: f(46000), high: f(46000), source: "Zelensky"}, [2]float64{}},
		{"The General Staff said 1,000 Russian soldiers were killed.", "", "phia",
			want{category: "killed", low: f(1000), high: f(1000), source: "General Staff of the Armed Forces of Ukraine"}, [2]float64{}},
		// A health ministry named by no place is the one of the side
		// whose dead it counts.
		{"Palestinians killed in Gaza since 7 October 2023 (MoH): 40,223", "", "phia",
			want{category: "killed", low: f(40223), high: f(40223), source: "Gaza Health Ministry"}, [2]float64{}},
		// A title that names a known body before its report's noun
		// names the text's source.
		{"Latest Defence Intelligence update on the situation in Ukraine - 14 May 2025.\nRussian casualties in April 2025 averaged 1,286 per day.", "", "phia",
			want{category: "casualties", low: f(1286), high: f(1286), source: "UK Ministry of Defence"}, [2]float64{}},
		// "Per" as "according to", opening the sentence or after a
		// comma, with a handle's "@".
		{"Per the health ministry, 35 people were killed in Gaza on Tuesday.", "", "phia",
			want{category: "killed", low: f(35), high: f(35), source: "Gaza Health Ministry"}, [2]float64{}},
		{"Per @IDF, 3 soldiers were killed in southern Gaza today.", "", "phia",
			want{category: "killed", low: f(3), high: f(3), source: "Israel Defense Forces"}, [2]float64{}},
		{"Per Day Losses 1,000 killed.", "", "phia",
			want{category: "killed", low: f(1000), high: f(1000), source: "-"}, [2]float64{}},
		// A named speaker who relays unnamed estimates is the source.
		{"NATO Secretary General Mark Rutte said that, according to allied intelligence estimates, Russia has lost 700,000 soldiers.", "", "phia",
			want{category: "casualties", low: f(700000), high: f(700000), source: "Mark Rutte"}, [2]float64{}},
		// "has named" counts the dead by name; a figure "comes from" its
		// source; an initialism's dots are part of the name.
		{"Mediazona has named 106,745 Russian soldiers killed in the war.", "", "phia",
			want{category: "killed", low: f(106745), bound: "at_least", source: "Mediazona"}, [2]float64{}},
		{"The figure of 20,000 deaths in Sudan comes from ACLED.", "", "phia",
			want{category: "killed", low: f(20000), high: f(20000), source: "ACLED"}, [2]float64{}},
		{"U.S. Africa Command said its strike killed 12 al-Shabaab fighters.", "", "phia",
			want{category: "killed", low: f(12), high: f(12), source: "U.S. Africa Command"}, [2]float64{}},
		// A name that goes on before its "in" or "for" is one body's,
		// which the relative clause after it describes.
		{"The UN Human Rights Monitoring Mission in Ukraine, which has monitors in the country, has verified 12,600 civilian deaths.", "", "phia",
			want{category: "killed", low: f(12600), high: f(12600), source: "UN Human Rights Monitoring Mission in Ukraine"}, [2]float64{}},
		{"The Assistance Association for Political Prisoners, which tracks arrests, has documented 6,231 civilians killed since the coup.", "", "phia",
			want{category: "killed", low: f(6231), high: f(6231), source: "Assistance Association for Political Prisoners"}, [2]float64{}},
		// A plural possessive and an "of" inside a body's name keep it
		// whole: no person's name is cut out of it.
		{"At least 40 civilians were killed in El Fasher on Friday, the Sudan Doctors' Union said.", "", "phia",
			want{category: "killed", low: f(40), bound: "at_least", source: "Sudan Doctors' Union"}, [2]float64{}},
		{"At least 40 civilians were killed in Bamako on Friday, according to Mali's Union of Women Lawyers.", "", "phia",
			want{category: "killed", low: f(40), bound: "at_least", source: "Mali's Union of Women Lawyers"}, [2]float64{}},
		// A possessive word after a comma names the source: no
		// appositive of the words before the comma.
		{"Ukraine lost 300 tanks, Oryx's data suggest.", "", "phia",
			want{category: "equipment:tanks", low: f(300), high: f(300), source: "Oryx"}, [2]float64{}},
		// A capitalised function word opening a sentence names no one;
		// an office's initials before a body's acronym are the office's.
		{"Figures from the health ministry in Sanaa. Not independently verified, 53 people were killed.", "", "phia",
			want{category: "killed", low: f(53), high: f(53), source: "-"}, [2]float64{}},
		{"The Inter Services Public Relations (ISPR) gave its figures. The DG ISPR stated that 38 civilians were killed.", "", "phia",
			want{category: "killed", low: f(38), high: f(38), source: "Inter-Services Public Relations"}, [2]float64{}},
		// A body's report ("the daily update of UN OCHA") that cites
		// another is its own; "of" after a report's noun is no place.
		{"On 6 May the daily update of UN OCHA, citing the Gaza Health Ministry, reported more than 34,700 people killed.", "", "phia",
			want{category: "killed", low: f(34700), bound: "more_than", source: "UN OCHA"}, [2]float64{}},
		// A short event long past, told as background, is not the
		// figure of the source the sentence before quoted.
		{"The Israeli military said on Sunday it had killed 20 militants in Rafah. Hamas-led gunmen killed some 1,200 people in Israel on 7 October 2023.", "", "phia",
			want{category: "killed", low: f(1200), high: f(1200), source: "-", start: "2023-10-07", end: "2023-10-07"}, [2]float64{}},
		// A part the sentence's own attribution did not reach takes the
		// whole's source.
		{"The Pentagon estimates that Ukraine has suffered about 400,000 casualties, including roughly 70,000 killed, a US official told Reuters.", "", "phia",
			want{category: "killed", low: f(70000), high: f(70000), source: "US Department of Defense"}, [2]float64{}},
		// "the army" in a war of two armed sides is the one the registry
		// calls an army, named by its country.
		{"The RSF lost more than 2,000 fighters in the battle for Khartoum, the army said.", "", "phia",
			want{category: "casualties", low: f(2000), bound: "more_than", source: "Sudanese Armed Forces"}, [2]float64{}},
		// An estimative word after another figure is that figure's.
		{"Ukraine's air force said Russia had launched 267 drones overnight. Of these, 138 were shot down and 119 were lost to jamming, likely due to electronic warfare.", "", "phia",
			want{category: "equipment:drones", low: f(138), high: f(138), likelihood: "-"}, [2]float64{}},
		// A side named before a third party's alias makes the body that
		// side's: Ukraine's defence intelligence is no British body.
		// A place or people before the comma is no name in apposition
		// unless a comma closes the appositive before its verb.
		{"Israeli strikes killed 30 Palestinians on Sunday, Gaza's health ministry said.", "", "phia",
			want{category: "killed", low: f(30), high: f(30), source: "Gaza Health Ministry"}, [2]float64{}},
		{"Israeli strikes killed 30 Palestinians, Gaza's health ministry said.", "", "phia",
			want{category: "killed", low: f(30), high: f(30), source: "Gaza Health Ministry"}, [2]float64{}},
		// Two sides speaking together.
		{"Malawi and Uruguay said four of their troops had died in the fighting.", "", "phia",
			want{category: "killed", low: f(4), high: f(4), source: "Malawi and Uruguay"}, [2]float64{}},
		// A name read as a letter and a glued number.
		{"M23 said 13 of its fighters had been killed.", "", "phia",
			want{category: "killed", low: f(13), high: f(13), source: "M23", actor: "M23"}, [2]float64{}},
		// A body's data that show; "per" as "according to".
		{"Data from ACLED show more than 5,000 people were killed in Burkina Faso in 2024.", "", "phia",
			want{category: "killed", low: f(5000), source: "ACLED"}, [2]float64{}},
		{"More than 5,000 people were killed in Burkina Faso in 2024, ACLED data showed.", "", "phia",
			want{category: "killed", low: f(5000), source: "ACLED"}, [2]float64{}},
		{"Russia lost 1,200 troops per day, per UK Defence Intelligence.", "", "phia",
			want{category: "casualties", low: f(1200), high: f(1200), per: "day", source: "UK Ministry of Defence"}, [2]float64{}},
		// Words of which report before the name are not part of it.
		{"Russia has suffered 1,000 casualties a day, according to the latest UK Defence Intelligence update.", "", "phia",
			want{category: "casualties", low: f(1000), high: f(1000), source: "UK Ministry of Defence"}, [2]float64{}},
		{"Russia lost 1,420 soldiers in June, Ukraine's defence intelligence said.", "", "phia",
			want{category: "casualties", low: f(1420), high: f(1420), source: "Defence Intelligence of Ukraine"}, [2]float64{}},
		// A title's abbreviation ends no sentence; an army the registry
		// does not list is the army of the state the sentence opens in.
		{"Eighteen people were killed when two guided bombs struck a hypermarket in Kharkiv on Saturday, regional Gov. Oleh Syniehubov said.", "", "phia",
			want{category: "killed", low: f(18), high: f(18), source: "Oleh Syniehubov"}, [2]float64{}},
		{"In neighbouring Mali, the army said on Monday that it had lost five soldiers.", "", "phia",
			want{category: "casualties", low: f(5), high: f(5), source: "Malian Armed Forces"}, [2]float64{}},
		// A person's office in apposition after the name.
		{"By mid-afternoon the toll had risen to 16, Tymur Tkachenko, head of the city's military administration, said on Telegram.", "", "phia",
			want{category: "killed", low: f(16), high: f(16), source: "Tymur Tkachenko"}, [2]float64{}},
		// A named body's data show; "states" that ends a clause is a
		// noun, not a verb of saying.
		{"ACLED data show at least 2,600 civilians were killed in the year to October, close to half of them in Rakhine and Shan states.", "", "phia",
			want{category: "killed", low: f(2600), bound: "at_least", source: "ACLED"}, [2]float64{}},
		{"Russia's tank losses pass 3,600, Oryx count shows.", "", "phia",
			want{category: "equipment:tanks", low: f(3600), bound: "more_than", source: "Oryx"}, [2]float64{}},
		{"Videos show 12 tanks were destroyed near the river, the General Staff said.", "", "phia",
			want{category: "equipment:tanks", low: f(12), high: f(12), source: "General Staff of the Armed Forces of Ukraine"}, [2]float64{}},
		// Unnamed sources by their trade.
		{"Security sources said at least 60 soldiers were killed in the attack on the base.", "", "phia",
			want{category: "killed", low: f(60), bound: "at_least", source: "-"}, [2]float64{}},
		// "the military said" of the one side's soldiers the sentence
		// names: that side's army.
		{"Two Israeli soldiers were killed in southern Gaza, the military said.", "", "phia",
			want{category: "killed", low: f(2), high: f(2), source: "Israel Defense Forces"}, [2]float64{}},
		// A body that gives a figure speaks for it; the occasion in
		// commas stands between the body and its verb.
		{"The NIS gave a lower figure to lawmakers on Monday: about 300 killed.", "", "phia",
			want{category: "killed", low: f(300), high: f(300), source: "NIS"}, [2]float64{}},
		{"Ukraine's General Staff, in its daily update on Saturday, put Russia's losses at about 716,000.", "", "phia",
			want{category: "casualties", low: f(716000), high: f(716000), source: "General Staff of the Armed Forces of Ukraine"}, [2]float64{}},
		// A spokesman of a body named by its kind speaks for the body
		// the text named before.
		{"Russia's defence ministry said its forces had repelled attacks. In its daily briefing, ministry spokesman Igor Konashenkov said Ukrainian losses amounted to up to 340 servicemen.", "", "phia",
			want{category: "casualties", high: f(340), source: "Ministry of Defence of the Russian Federation"}, [2]float64{}},
		// A body that lists or logs figures speaks for them, past an
		// appositive that says what kind of body it is.
		{"Oryx, the open-source project that counts only losses documented by photographs or video, lists 3,900 Russian tanks lost.", "", "phia",
			want{category: "equipment:tanks", low: f(3900), high: f(3900), source: "Oryx"}, [2]float64{}},
		{"Oryx lists 87 howitzers as destroyed and 11 as captured.", "", "phia",
			want{category: "equipment:artillery", low: f(87), high: f(87), source: "Oryx"}, [2]float64{}},
		// "according to" names what stands before its comma.
		{"Russia's defence ministry published its weekly summary. According to the ministry, units of the Dnepr group of forces inflicted losses of over 430 military personnel and eight armoured combat vehicles.", "", "phia",
			want{category: "equipment:armoured_vehicles", low: f(8), high: f(8), source: "Ministry of Defence of the Russian Federation"}, [2]float64{}},
		// A spokesman named in apposition speaks for his organisation.
		{"A Fano spokesman, Asres Mare Damte, said 40 soldiers were killed in the clashes.", "", "phia",
			want{category: "killed", low: f(40), high: f(40), source: "Fano"}, [2]float64{}},
		{"The Congolese army's spokesman in Ituri, Lieutenant Jules Ngongo, said 31 civilians were killed.", "", "phia",
			want{category: "killed", low: f(31), high: f(31), source: "Armed Forces of the DR Congo"}, [2]float64{}},
		// A name with Arabic particles keeps its acronym: "JNIM" stands
		// for the name it was introduced with.
		{"Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked the base. JNIM said it killed 200 soldiers.", "", "phia",
			want{category: "killed", low: f(200), high: f(200), source: "Jama'at Nusrat al-Islam wal-Muslimin"}, [2]float64{}},
		// Where a body sits is no part of its name.
		{"The London-based Syrian Observatory for Human Rights said 42 people were killed in the clashes.", "", "phia",
			want{category: "killed", low: f(42), high: f(42), source: "Syrian Observatory for Human Rights"}, [2]float64{}},
		// Open sources name no one, for their own sentence only.
		{"Armenia's defence ministry acknowledged 3,862 servicemen killed. According to open sources, Armenian losses stand at 246 tanks.", "", "phia",
			want{category: "equipment:tanks", low: f(246), high: f(246), source: "-"}, [2]float64{}},
		{"Armenia's defence ministry acknowledged 3,862 servicemen killed. Armenian losses compiled from open sources stand at 246 tanks.", "", "phia",
			want{category: "equipment:tanks", low: f(246), high: f(246), source: "-"}, [2]float64{}},
		// A title's modifier heads no office: "the Defence of the People".
		{"The Strategic Framework for the Defence of the People of Azawad (CSP-DPA) said 47 Malian soldiers had been killed.", "", "phia",
			want{category: "killed", low: f(47), high: f(47), source: "Strategic Framework for the Defence of the People of Azawad"}, [2]float64{}},
		// ", saying that …": the subject the sentence opens with.
		{"Volodymyr Zelensky broke with long-standing practice in an interview on Sunday, saying that 46,000 Ukrainian soldiers had been killed.", "", "phia",
			want{category: "killed", low: f(46000), high: f(46000), source: "Volodymyr Zelensky"}, [2]float64{}},
		// An acronym opening a line is all of the name it stands for,
		// and the document's source by its initials.
		{"SYRIAN NETWORK FOR HUMAN RIGHTS (SNHR)\nMonthly report\n\nSNHR documented the deaths of 1,562 civilians in Syria in March.", "", "phia",
			want{category: "killed", low: f(1562), high: f(1562), source: "Syrian Network for Human Rights"}, [2]float64{}},
		{"SNHR documented the deaths of 1,562 civilians in Syria in March.", "Syrian Network for Human Rights", "phia",
			want{category: "killed", low: f(1562), high: f(1562), source: "Syrian Network for Human Rights"}, [2]float64{}},
		// A body described before its name in capitals; the registry's
		// body by its acronym and place.
		{"Gunmen killed at least 38 people at a church, the UN peacekeeping mission MONUSCO said.", "", "phia",
			want{category: "killed", low: f(38), bound: "at_least", source: "MONUSCO"}, [2]float64{}},
		{"According to the MoH in Gaza, at least 58,479 Palestinians have been killed.", "", "phia",
			want{category: "killed", low: f(58479), bound: "at_least", source: "Gaza Health Ministry"}, [2]float64{}},
		// A figure with its own modal takes no estimative word from the
		// clause before.
		{"Russia probably lost 500 soldiers in the assault, and a further 200 may have died of their wounds.", "", "phia",
			want{category: "killed", low: f(200), high: f(200), likelihood: "-"}, [2]float64{}},
		// Bodies named by their kind of work; "claimed the lives" says
		// nothing.
		{"At least 2,900 people were killed in Goma, the UN peacekeeping mission said.", "", "phia",
			want{category: "killed", low: f(2900), source: "UN peacekeeping mission"}, [2]float64{}},
		{"The fighting for Goma claimed the lives of at least 2,900 people, the UN mission said.", "", "phia",
			want{category: "killed", low: f(2900), source: "UN mission"}, [2]float64{}},
		// A body is named as the text first names it, its acronym after.
		{"The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said 286 civilians were killed in July. HRMMU said 1,388 were injured.", "", "phia",
			want{category: "wounded", low: f(1388), high: f(1388), source: "UN Human Rights Monitoring Mission in Ukraine"}, [2]float64{}},
		{"The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said 286 civilians were killed in July.", "", "phia",
			want{category: "killed", low: f(286), high: f(286), source: "UN Human Rights Monitoring Mission in Ukraine"}, [2]float64{}},
		// Joint publishers: the first named, whatever describes the second.
		{"BBC Russian and the independent outlet Mediazona said they had confirmed by name 78,329 Russian servicemen killed.", "", "phia",
			want{category: "killed", low: f(78329), source: "BBC Russian"}, [2]float64{}},
		// A spokesman named after his body speaks for it.
		{"Ukraine's Khortytsia Group of Forces Spokesperson Viktor Trehubov stated that Russian forces suffered 412 casualties in the Pokrovsk direction.", "", "phia",
			want{category: "casualties", low: f(412), high: f(412), source: "Ukraine's Khortytsia Group of Forces"}, [2]float64{}},
		// The name after a description of the body; UN agencies by kind.
		{"Between 224 and 274 civilians have been killed in Yemen, according to the monitoring group Airwars.", "", "phia",
			want{category: "killed", low: f(224), high: f(274), source: "Airwars"}, [2]float64{}},
		{"The UN refugee agency said 12 people were killed in Sudan.", "", "phia",
			want{category: "killed", low: f(12), high: f(12), source: "UN refugee agency"}, [2]float64{}},
		// A capital "The" inside a sentence is part of the name.
		{"About 70,000 Ukrainian soldiers have been killed, according to The New York Times.", "", "phia",
			want{category: "killed", low: f(70000), high: f(70000), source: "The New York Times"}, [2]float64{}},
		{"About 70,000 Ukrainian soldiers have been killed, according to the New York Times.", "", "phia",
			want{category: "killed", low: f(70000), high: f(70000), source: "New York Times"}, [2]float64{}},
		// An office with no name is the person the text named with it,
		// else no one: not the source of the sentence before.
		{"The IDF said 846 soldiers had been killed. Sudan's war has killed at least 150,000 people, the US envoy said.", "", "phia",
			want{category: "killed", low: f(150000), source: "-"}, [2]float64{}},
		{"Kharkiv governor Oleh Syniehubov said 3 people were killed. Two more died in hospital, the governor said.", "", "phia",
			want{category: "killed", low: f(2), high: f(2), source: "Oleh Syniehubov"}, [2]float64{}},
		// The agent of a passive verb of publishing is the source.
		{"Data compiled by ACLED show 1,200 people killed in Sudan in May.", "", "phia",
			want{category: "killed", low: f(1200), high: f(1200), source: "ACLED"}, [2]float64{}},
		{"Figures released by the Lebanese health ministry show 3,000 people killed.", "", "phia",
			want{category: "killed", low: f(3000), high: f(3000), source: "Lebanon's health ministry"}, [2]float64{}},
		// "the ministry" of the side doing the destroying.
		{"Russian air defences shot down 96 Ukrainian drones overnight, the ministry said.", "", "phia",
			want{category: "equipment:drones", low: f(96), high: f(96), source: "Ministry of Defence of the Russian Federation"}, [2]float64{}},
		// A spokesman speaks for the body he is named with.
		{"Some 3,000 RSF fighters were killed, a Sudanese army spokesman told AFP.", "", "phia",
			want{category: "killed", low: f(3000), high: f(3000), source: "Sudanese Armed Forces"}, [2]float64{}},
		// A surname alone is the person named in full before.
		{"General Oleksandr Syrskyi stated that Russia suffered 31,500 casualties in October. Syrskyi noted that Russian forces had lost over 100,000 troops in Kursk.", "", "phia",
			want{category: "casualties", low: f(100000), source: "Oleksandr Syrskyi"}, [2]float64{}},
		// An organisation's unnamed official speaks for it; a country's
		// officials are named by their country.
		{"A senior NATO official said Russian casualties had reached 900,000.", "", "phia",
			want{category: "casualties", low: f(900000), high: f(900000), source: "NATO"}, [2]float64{}},
		{"US officials said Russian casualties had reached 900,000.", "", "phia",
			want{category: "casualties", low: f(900000), high: f(900000), source: "US officials"}, [2]float64{}},
		{"Russia has almost certainly lost 1,000,000 troops, according to the Pentagon.", "", "phia",
			want{category: "casualties", low: f(1e6), high: f(1e6), likelihood: "almost certainly", source: "US Department of Defense"}, [2]float64{0.95, 1}},
		{"It is highly likely that 250,000 Russian soldiers have been killed.", "", "icd203",
			want{category: "killed", low: f(250000), high: f(250000), likelihood: "highly likely"}, [2]float64{0.80, 0.95}},
		{"Russia probably lost 1,000 tanks.", "", "kent",
			want{category: "equipment:tanks", low: f(1000), high: f(1000), likelihood: "probably"}, [2]float64{0.63, 0.87}},
		{"The enemy lost 1,140 personnel.", "Ukraine's General Staff", "phia",
			want{category: "casualties", low: f(1140), high: f(1140), source: "General Staff of the Armed Forces of Ukraine", actor: "Russia"}, [2]float64{}},
		{"Source: UK Defence Intelligence\nRussia has lost 900,000 troops.", "", "phia",
			want{category: "casualties", low: f(900000), high: f(900000), source: "UK Ministry of Defence"}, [2]float64{}},
	}
	for _, tt := range tests {
		y, _ := yardstick.Get(tt.yard)
		x := New(Options{Published: attrition.MustDate("2025-06-12"), Source: tt.source, URL: "test:", Yardstick: y})
		cs, err := x.Extract([]byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		c := find(cs, tt.w)
		check(t, tt.text, c, tt.w)
		if c != nil && tt.w.likelihood != "" && tt.w.likelihood != "-" && (c.Probability == nil || *c.Probability != tt.prob) {
			t.Errorf("%q: probability %v, want %v", tt.text, c.Probability, tt.prob)
		}
	}
}

func TestFlags(t *testing.T) {
	text := "Russia has lost 100,000 troops killed and 80,000 casualties since the invasion."
	cs := run(t, text, "2025-06-12", "")
	n := 0
	for _, c := range cs {
		if c.HasFlag(attrition.FlagCategoryConflict) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%q: %d claims flagged category_conflict, want 2", text, n)
	}
	// Figures of no side may be two sides': no conflict between them.
	text = "Officials said 13 soldiers were lost in the clash, and 78 attackers were killed."
	for _, c := range run(t, text, "2025-06-12", "") {
		if c.Actor == "" && c.HasFlag(attrition.FlagCategoryConflict) {
			t.Errorf("%q: a claim of no side flagged category_conflict: %s", text, Describe(&c))
		}
	}
	text = "Russia has suffered about 1,000,000 casualties since the invasion. A fifth of the total (300,000) came in the last six months."
	cs = run(t, text, "2025-06-12", "")
	c := find(cs, want{category: "casualties", low: f(300000), high: f(300000)})
	if c == nil || !c.HasFlag(attrition.FlagArithmeticMismatch) {
		t.Errorf("%q: want a 300,000 casualties claim flagged arithmetic_mismatch, got %+v", text, cs)
	}
	// "the total" is the largest whole just counted, not the last
	// figure: no mismatch with the permanent losses in between.
	text = "Russia has one million casualties. Permanent losses are 450,000. A fifth of the total (200,000) came in 2024."
	cs = run(t, text, "2025-06-12", "")
	if c := find(cs, want{category: "casualties", low: f(200000), high: f(200000)}); c == nil || c.HasFlag(attrition.FlagArithmeticMismatch) {
		t.Errorf("%q: want 200,000 casualties with no arithmetic_mismatch, got %+v", text, cs)
	}
	text = "Russia has suffered about 1,000,000 casualties since the invasion. About 40% of them were killed."
	cs = run(t, text, "2025-06-12", "")
	if find(cs, want{category: "killed", low: f(400000), high: f(400000)}) == nil {
		t.Errorf("%q: want 400,000 killed, got %d claims", text, len(cs))
	}
	// A length of fighting within the month named is no mismatch; one
	// longer than the span is.
	for _, tt := range []struct {
		text string
		flag bool
	}{
		{"At least 1,500 people were killed in four days of violence on Syria's coast in March, the monitor said.", false},
		{"At least 1,500 people were killed in 40 days of fighting in March, the monitor said.", true},
	} {
		cs = run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].HasFlag(attrition.FlagArithmeticMismatch) != tt.flag {
			t.Errorf("%q: got %+v, want one claim, arithmetic_mismatch %v", tt.text, cs, tt.flag)
		}
	}
}

// A breakdown whose parts add up to more than its whole is flagged, all
// of it; one that falls short, or that rounds within its hedge, is not.
func TestSumMismatch(t *testing.T) {
	for _, tt := range []struct {
		text    string
		flagged int
	}{
		{"Russia has suffered 900,000 casualties: 540,000 wounded, 270,000 killed and 180,000 missing.", 4},
		{"Ukraine's casualties stand at 400,000, of whom 90,000 were killed and 350,000 wounded.", 3},
		{"Russia has suffered 1,000,000 casualties, of whom 250,000 were killed and 600,000 wounded.", 0},
		{"Russia has suffered about 1,000,000 casualties, of whom some 300,000 were killed and 720,000 wounded.", 0},
		{"Israel says 90,000 Russian soldiers are killed or missing: 70,000 dead and 30,000 missing.", 3},
		// Different periods are different counts: no breakdown.
		{"Russia had 100,000 casualties in 2024, and 80,000 soldiers were killed and 60,000 wounded in 2023.", 0},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		n := 0
		for _, c := range cs {
			if c.HasFlag(attrition.FlagArithmeticMismatch) {
				n++
			}
		}
		if n != tt.flagged {
			t.Errorf("%q: %d claims flagged arithmetic_mismatch, want %d (%+v)", tt.text, n, tt.flagged, cs)
		}
	}
}

func TestTally(t *testing.T) {
	text := "Total combat losses of the enemy from 24.02.22 to 12.06.25 were approximately: personnel ‒ about 1,000,340 (+1,140) persons, tanks ‒ 10,940 (+3), submarines ‒ 1 (+0)."
	cs := run(t, text, "2025-06-12", "General Staff of the Armed Forces of Ukraine")
	for _, w := range []want{
		{category: "casualties", low: f(1000340), high: f(1000340), actor: "Russia", start: "2022-02-24", end: "2025-06-12", approx: true},
		{category: "casualties", low: f(1140), high: f(1140), actor: "Russia", start: "2025-06-11", end: "2025-06-12"},
		{category: "equipment:tanks", low: f(10940), high: f(10940), approx: true},
		{category: "equipment:tanks", low: f(3), high: f(3), start: "2025-06-11"},
		{category: "equipment:submarines", low: f(0), high: f(0)},
	} {
		check(t, text, find(cs, w), w)
	}
}

// TestTallyLines reads the same tally one item to a line, as the
// bulletins are posted: every line its own item, whatever its case, and
// every item a loss of the heading's side.
func TestTallyLines(t *testing.T) {
	text := "The total combat losses of the enemy from 24.02.22 to 12.06.25 were approximately:\n" +
		"personnel ‒ about 1,000,340 (+1,140) persons\n" +
		"tanks ‒ 10,940 (+3)\n" +
		"armoured combat vehicles ‒ 22,790 (+9)\n" +
		"artillery systems ‒ 29,100 (+40)\n" +
		"MLRS ‒ 1,420\n" +
		"air defence means ‒ 1,180 (+1)\n" +
		"aircraft ‒ 416\n" +
		"cruise missiles ‒ 3,300\n" +
		"special equipment ‒ 3,900 (+2)\n"
	cs := run(t, text, "2025-06-12", "General Staff of the Armed Forces of Ukraine")
	for _, w := range []want{
		{category: "casualties", low: f(1000340), high: f(1000340), actor: "Russia", start: "2022-02-24", end: "2025-06-12"},
		{category: "casualties", low: f(1140), high: f(1140), actor: "Russia", start: "2025-06-11", end: "2025-06-12"},
		{category: "equipment:tanks", low: f(10940), high: f(10940), actor: "Russia"},
		{category: "equipment:mlrs", low: f(1420), high: f(1420), actor: "Russia"},
		{category: "equipment:air_defence", low: f(1180), high: f(1180), actor: "Russia"},
		{category: "equipment:missiles", low: f(3300), high: f(3300), actor: "Russia"},
		{category: "equipment:special_equipment", low: f(3900), high: f(3900), actor: "Russia", start: "2022-02-24"},
	} {
		check(t, text, find(cs, w), w)
	}
	if len(cs) != 15 {
		t.Errorf("%d claims, want 15 (9 totals and 6 increments)", len(cs))
	}
}

// TestTallyHeadingHedgeInBrackets reads a Telegram post's "(approximately):"
// as the hedge of every line under it.
func TestTallyHeadingHedgeInBrackets(t *testing.T) {
	text := "Total combat losses of the enemy, 24.02.2022 – 08.11.2025 (approximately):\n\n" +
		"personnel — 1,149,760 (+1,040)\n" +
		"tanks — 11,337 (+2)\n"
	cs := run(t, text, "2025-11-08", "General Staff of the Armed Forces of Ukraine")
	for _, w := range []want{
		{category: "casualties", low: f(1149760), high: f(1149760), approx: true},
		{category: "equipment:tanks", low: f(11337), high: f(11337), approx: true},
	} {
		check(t, text, find(cs, w), w)
	}
}

// TestTallyIncrementWithWindow reads a bracketed change that names its
// window, "(+7 over the past day)": the change is the day's, the total
// before it still the war's.
func TestTallyIncrementWithWindow(t *testing.T) {
	text := "According to the General Staff, Russia's losses also include 4,120 tanks (+7 over the past day), 8,028 armoured combat vehicles (+11)."
	cs := run(t, text, "2025-06-12", "")
	for _, w := range []want{
		{category: "equipment:tanks", low: f(4120), high: f(4120), start: "2022-02-24"},
		{category: "equipment:tanks", low: f(7), high: f(7), start: "2025-06-11"},
		{category: "equipment:armoured_vehicles", low: f(8028), high: f(8028), start: "2022-02-24"},
	} {
		check(t, text, find(cs, w), w)
	}
}

func TestHTML(t *testing.T) {
	text := `<html><body><p>Russia&#8217;s losses: <b>1&nbsp;000&nbsp;340</b> personnel since the invasion.</p><script>var x = "5,000 killed";</script></body></html>`
	cs := run(t, text, "2025-06-12", "")
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(cs), cs)
	}
	if !strings.Contains(cs[0].Quote, "1&nbsp;000&nbsp;340") || *cs[0].Low != 1000340 {
		t.Errorf("quote %q, low %v", cs[0].Quote, *cs[0].Low)
	}
}

// TestHTMLListOfLosses reads a list of losses by group of forces: each
// item is a line of its own, people first and then equipment, in the
// window the lead gave; a list of links after it is not hedged by the
// first list's heading.
func TestHTMLListOfLosses(t *testing.T) {
	text := `<p>The army lost about 1,400 servicemen over the past day, the ministry said. Losses by group of forces:</p>
<ul><li><b>North</b> &mdash; up to 210 troops, 3 motor vehicles and 2 artillery guns;</li>
<li><b>West</b> &mdash; up to 480 troops, 2 infantry fighting vehicles and 3 pickup trucks;</li></ul>
<p>More:</p><ul><li><a href="/x">The army receives 12 more tanks</a></li></ul>`
	cs := run(t, text, "2025-01-22", "")
	type got struct {
		cat   string
		high  float64
		start string
	}
	var gs []got
	for _, c := range cs {
		if c.High != nil {
			gs = append(gs, got{c.Category, *c.High, c.PeriodStart.String()})
		}
	}
	want := []got{{"casualties", 1400, "2025-01-21"}, {"casualties", 210, "2025-01-21"}, {"equipment:vehicles", 3, "2025-01-21"}, {"equipment:artillery", 2, "2025-01-21"},
		{"casualties", 480, "2025-01-21"}, {"equipment:armoured_vehicles", 2, "2025-01-21"}, {"equipment:vehicles", 3, "2025-01-21"}}
	if !slices.Equal(gs, want) {
		t.Errorf("got %v\nwant %v", gs, want)
	}
}

// TestHTMLTableHeaders reads a table whose columns are the categories
// and whose rows are the months: each figure takes its column's header
// and its row's month, and its quote runs from the header to the cell.
// TestHTMLTablePeriodHeaders reads columns headed by their periods,
// rows labelled by their categories, and keeps a tally's "+n" next to
// its total.
func TestHTMLTablePeriodHeaders(t *testing.T) {
	text := `<p>Israeli aggression on Lebanon: cumulative report</p>
<table>
<tr><th></th><th>Last 24 hours</th><th>Total since 8 October 2023</th></tr>
<tr><td>Martyrs</td><td>82</td><td>2,792</td></tr>
<tr><td>Wounded</td><td>180</td><td>12&nbsp;772</td></tr>
</table>`
	cs := run(t, text, "2024-10-30", "")
	for _, w := range []want{
		{category: "killed", low: f(82), high: f(82), actor: "Lebanon", start: "2024-10-29", end: "2024-10-30"},
		{category: "killed", low: f(2792), high: f(2792), actor: "Lebanon", start: "2023-10-08", end: "2024-10-30"},
		{category: "wounded", low: f(180), high: f(180), start: "2024-10-29", end: "2024-10-30"},
		{category: "wounded", low: f(12772), high: f(12772), start: "2023-10-08", end: "2024-10-30"},
	} {
		check(t, text, find(cs, w), w)
	}
	tally := `<table>
<caption>Russian losses reported by the General Staff, 9 July 2025</caption>
<tr><th>Category</th><th>Total</th><th>Past day</th></tr>
<tr><td>Personnel</td><td>1&#8239;034&#8239;150</td><td>+1&#8239;110</td></tr>
</table>`
	cs = run(t, tally, "2025-07-09", "General Staff of the Armed Forces of Ukraine")
	for _, w := range []want{
		{category: "casualties", low: f(1034150), high: f(1034150), start: "2022-02-24", end: "2025-07-09"},
		{category: "casualties", low: f(1110), high: f(1110), start: "2025-07-08", end: "2025-07-09"},
	} {
		check(t, tally, find(cs, w), w)
	}
}

// TestHeadlineFromBody dates a headline's figure by the same figure in
// the body.
func TestHeadlineFromBody(t *testing.T) {
	text := "Kharkiv hypermarket strike kills 18\n\nEighteen people were killed and 48 injured when Russian guided bombs struck a hypermarket in Kharkiv on Saturday."
	cs := run(t, text, "2025-06-12", "")
	n := 0
	for _, c := range cs {
		if c.Category != "killed" || c.Low == nil || *c.Low != 18 {
			continue
		}
		n++
		if c.PeriodStart.String() != "2025-06-07" || c.PeriodEnd.String() != "2025-06-07" {
			t.Errorf("%q: period %s → %s, want the body's Saturday", c.Quote, c.PeriodStart, c.PeriodEnd)
		}
	}
	if n != 2 {
		t.Errorf("%d claims of 18 killed, want the headline's and the body's", n)
	}
	// The body may bound the headline's figure.
	cs = run(t, "Missile strike on Sumy kills 35\n\nA ballistic missile strike on the centre of Sumy on Sunday killed at least 35 people, the emergency service said.", "2025-04-14", "")
	if len(cs) != 2 || cs[0].PeriodStart.String() != "2025-04-13" || cs[0].PeriodEnd.String() != "2025-04-13" {
		t.Errorf("got %+v, want the headline's 35 on the body's Sunday", cs)
	}
}

func TestHTMLTableHeaders(t *testing.T) {
	text := `<table><tr><th>Month</th><th>Killed</th><th>Injured</th></tr>
<tr><td>April 2025</td><td>209</td><td>1,146</td></tr>
<tr><td>May 2025</td><td>183</td><td>1,002</td></tr></table>
<p>Figures for Ukrainian civilians.</p>`
	cs := run(t, text, "2025-06-12", "")
	for _, w := range []want{
		{category: "killed", low: f(209), high: f(209), start: "2025-04-01", end: "2025-04-30"},
		{category: "wounded", low: f(1146), high: f(1146), start: "2025-04-01", end: "2025-04-30"},
		{category: "wounded", low: f(1002), high: f(1002), start: "2025-05-01", end: "2025-05-31"},
	} {
		c := find(cs, w)
		check(t, text, c, w)
		// The quote is the cell's figure: the header's words, which name
		// it, stand rows above it in the input, and a quote from there
		// would hold the table down to the cell.
		if c != nil && (strings.Contains(c.Quote, "<") || text[c.Span[0]:c.Span[1]] != c.Quote) {
			t.Errorf("quote %q at %v", c.Quote, c.Span)
		}
	}
	if len(cs) != 4 {
		t.Errorf("%d claims, want 4", len(cs))
	}
}

// TestTextTableHeaders reads the same table written with pipes.
func TestTextTableHeaders(t *testing.T) {
	text := "Ukrainian civilians killed and injured, by month:\n\n| Month | Killed | Injured |\n|---|---|---|\n| April 2025 | 209 | 1,146 |\n| May 2025 | 183 | 1,002 |\n\nA later line gives 12 more."
	cs := run(t, text, "2025-06-12", "")
	for _, w := range []want{
		{category: "killed", low: f(209), high: f(209), start: "2025-04-01", end: "2025-04-30"},
		{category: "wounded", low: f(1002), high: f(1002), start: "2025-05-01", end: "2025-05-31"},
	} {
		check(t, text, find(cs, w), w)
	}
	for _, c := range cs {
		if *c.Low == 12 {
			t.Errorf("a line after the table took a column's category: %+v", c)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "test:"})
	if _, err := x.Extract([]byte("Russia lost \xff 1,000 troops")); attrition.ErrorCode(err) != attrition.EINVALID {
		t.Errorf("err = %v, want EINVALID", err)
	}
}

// adversarial builds text of pathological mixes: digits, separators and
// number words without sentence ends.
func adversarial(n int) []byte {
	parts := []string{"1,", "000", " ", "one", " hundred", " and", " 2.", "5 ", "million", "-", "–", "between ", "dozens of ",
		"a quarter of a ", "(+", "1 000 000", ",,", "..", "killed ", "tanks ", "since ", "May ", "2024 ", "more than ", "%",
		"half ", "of ", "them ", "according to ", "Russia's ", "enemy ", "likely ", "\n"}
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[(i*7+i/3)%len(parts)])
	}
	return b.Bytes()[:n]
}

// TestAdversarialLinear checks that the work grows linearly: the token
// and figure counts of 1 MB are within a small factor of 16 times those
// of 64 KB of the same text, and the run ends.
func TestAdversarialLinear(t *testing.T) {
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "test:"})
	_, small, err := x.ExtractStats(adversarial(64 << 10))
	if err != nil {
		t.Fatal(err)
	}
	_, big, err := x.ExtractStats(adversarial(1 << 20))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		s, b int
	}{{"tokens", small.Tokens, big.Tokens}, {"figures", small.Figures, big.Figures}, {"sentences", small.Sentences, big.Sentences}} {
		if c.s == 0 {
			continue
		}
		if r := float64(c.b) / float64(c.s); r > 17 || r < 15 {
			t.Errorf("%s: %d for 1 MB vs %d for 64 KB (×%.1f, want ≈16)", c.name, c.b, c.s, r)
		}
	}
}

func BenchmarkAdversarial1MB(b *testing.B) {
	text := adversarial(1 << 20)
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "test:"})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := x.Extract(text); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCorpusGolden keeps the extractor's output over the development
// corpus in testdata/corpus.golden.jsonl, so that any change in what it
// reads shows up in review; refresh with -update.
// TestMilitaryOfficialsHaveSides keeps the officials who speak as their
// armies among the officials whose side is known.
func TestMilitaryOfficialsHaveSides(t *testing.T) {
	for name := range militaryOfficials {
		if officialSides[name] == "" {
			t.Errorf("%s speaks as an army but has no side in officialSides", name)
		}
	}
}

// TestDocumentsIndependent extracts the corpus forwards and backwards:
// each passage's claims must not depend on the passages read before it
// (no state kept across documents, no table changed by a caller).
func TestDocumentsIndependent(t *testing.T) {
	ps := loadGold(t)
	// The phrase tables callers read, as text, to check no caller
	// changed them.
	tables := func() string { return fmt.Sprint(personnelIx, equipmentIx) }
	before := tables()
	defer func() {
		if tables() != before {
			t.Errorf("extracting the corpus changed the phrase tables")
		}
	}()
	run := func(p Passage) string {
		x := New(Options{Published: p.Published, Source: p.Source, URL: p.URL, Title: p.Title})
		cs, err := x.Extract([]byte(p.Text))
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		b, _ := json.Marshal(cs)
		return string(b)
	}
	fwd := make([]string, len(ps))
	for i, p := range ps {
		fwd[i] = run(p)
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if got := run(ps[i]); got != fwd[i] {
			t.Errorf("%s: claims differ with the passages read before it", ps[i].ID)
		}
	}
}

func TestCorpusGolden(t *testing.T) {
	ps := loadGold(t)
	var b bytes.Buffer
	for _, p := range ps {
		x := New(Options{Published: p.Published, Source: p.Source, URL: p.URL, Title: p.Title})
		cs, err := x.Extract([]byte(p.Text))
		if err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		line, _ := json.Marshal(struct {
			ID     string            `json:"id"`
			Claims []attrition.Claim `json:"claims"`
		}{p.ID, nonNil(cs)})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join("testdata", "corpus.golden.jsonl")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(old, b.Bytes()) {
		ol, nl := strings.Split(string(old), "\n"), strings.Split(b.String(), "\n")
		for i := 0; i < len(ol) && i < len(nl); i++ {
			if ol[i] != nl[i] {
				t.Errorf("output differs from %s at line %d (run go test -update if the change is intended):\nold: %.300s\nnew: %.300s", path, i+1, ol[i], nl[i])
				break
			}
		}
		if len(ol) != len(nl) {
			t.Errorf("output has %d lines, %s has %d", len(nl), path, len(ol))
		}
	}
}

func nonNil(cs []attrition.Claim) []attrition.Claim {
	if cs == nil {
		return []attrition.Claim{}
	}
	return cs
}

// TestLexTable checks the fast lexicon against the map it is built from,
// and that its table has room: four slots a word (lexBits).
// Every phrase of the lexicon and every alias is held as the words the
// tokenizer reads from the same text, or it never matches: "T-72s" is
// read as "t", "-", "72", "s"; "M23" as "m" and "23".
func TestPhrasesAsTokenized(t *testing.T) {
	check := func(words []string) {
		t.Helper()
		s := strings.Join(words, " ")
		var got []string
		for _, tk := range tokenize(s) {
			got = append(got, tk.w)
		}
		if strings.Join(got, "|") != strings.Join(words, "|") {
			t.Errorf("phrase %q is read as %q", words, got)
		}
	}
	for _, ps := range []phraseSet{equipmentPhrases, personnelPhrases} {
		for _, b := range ps {
			for _, p := range b {
				check(p.words)
			}
		}
	}
	for _, b := range actors.byFirst {
		for _, a := range b {
			check(a.words)
		}
	}
}

func TestLexTable(t *testing.T) {
	if 4*len(lexicon) > lexSlots {
		t.Errorf("the lexicon's %d words fill more than a quarter of its %d slots: raise lexBits", len(lexicon), lexSlots)
	}
	for k, v := range lexicon {
		if got := lexFast.get(k); got != v {
			t.Errorf("lexFast.get(%q) = %b, want %b", k, got, v)
		}
	}
	for _, w := range []string{"zzz", "x", "russiaa", "killedd", "", "tankss"} {
		if got := lexFast.get(w); got != lexicon[w] {
			t.Errorf("lexFast.get(%q) = %b, want %b", w, got, lexicon[w])
		}
	}
}

// TestWordSetClasses checks that every key of a word set that rules test
// by class bit reads as one word token with that bit: a key that does not
// would silently never match.
func TestWordSetClasses(t *testing.T) {
	for _, ws := range wordSetClasses() {
		for k, ok := range ws.set {
			if !ok {
				continue
			}
			z := &tokenizer{text: []byte(k), low: k}
			tk, _ := z.next()
			if _, more := z.next(); more {
				continue // never a token's word, with or without the bit
			}
			if k == "&" {
				continue // npWords' "&": the rules test it by its text
			}
			if tk.k != tWord || tk.w != k || tk.cls&ws.cls == 0 {
				t.Errorf("word-set key %q does not read as one word token of its class", k)
			}
		}
	}
}

// TestConcurrentExtract runs the corpus from several goroutines at once
// on one Extractor: the pooled per-document state and the scratch slab
// must never be shared, so every result equals the sequential one.
func TestConcurrentExtract(t *testing.T) {
	ps := loadGold(t)
	x := New(Options{Published: attrition.MustDate("2025-06-12")})
	want := make([]string, len(ps))
	for i, p := range ps {
		cs, err := x.Extract([]byte(p.Text))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(cs)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(ps))
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range ps {
				i := (k + g*len(ps)/4) % len(ps)
				cs, err := x.Extract([]byte(ps[i].Text))
				b, _ := json.Marshal(cs)
				if err != nil || string(b) != want[i] {
					errs <- ps[i].ID
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: concurrent result differs from the sequential one", id)
	}
}

// TestFreshAndPooledStateAgree reads every passage with a new document
// state (the pool emptied by two collections, as a command that reads
// one file has) and again with the state the first reading left: a rule
// that reads something of the last document or sentence gives a
// different answer the first time.
func TestFreshAndPooledStateAgree(t *testing.T) {
	x := New(Options{Published: attrition.MustDate("2025-06-12")})
	for _, p := range loadGold(t) {
		runtime.GC()
		runtime.GC()
		fresh, err := x.Extract([]byte(p.Text))
		if err != nil {
			t.Fatal(err)
		}
		pooled, _ := x.Extract([]byte(p.Text))
		a, _ := json.Marshal(fresh)
		b, _ := json.Marshal(pooled)
		if string(a) != string(b) {
			t.Errorf("%s: a new document state reads it otherwise than a pooled one:\n%s\n%s", p.ID, a, b)
		}
	}
}

// TestClaimsOwnTheirStrings keeps every claim of the corpus while the
// same Extractor reads the rest: the pooled document state (its lower-case
// copy of the text, its slabs) is reused, and a claim that shared any of
// it would change under the caller's feet.
func TestClaimsOwnTheirStrings(t *testing.T) {
	ps := loadGold(t)
	x := New(Options{Published: attrition.MustDate("2025-06-12")})
	kept := make([][]attrition.Claim, len(ps))
	want := make([]string, len(ps))
	for i, p := range ps {
		text := []byte(p.Text)
		cs, err := x.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(cs)
		kept[i], want[i] = cs, string(b)
		// The caller may reuse its own buffer too.
		for j := range text {
			text[j] = 'x'
		}
	}
	for i := range ps {
		if b, _ := json.Marshal(kept[i]); string(b) != want[i] {
			t.Errorf("%s: claims changed after later documents were read", ps[i].ID)
		}
	}
}

// TestCheckCategoriesAgreesWithPairs compares the grouped category check
// with the definition, every pair of claims of one side and period, on
// random sets of claims.
func TestCheckCategoriesAgreesWithPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cats := []string{catKilled, catWounded, catMissing, catKOM, catPermanent, catCasualties, catCaptured, "equipment:tanks"}
	actors := []string{"Russia", "Ukraine"}
	days := []attrition.Date{attrition.MustDate("2025-01-01"), attrition.MustDate("2025-02-01")}
	for range 2000 {
		var d docState
		n := 1 + r.IntN(8)
		for range n {
			var c attrition.Claim
			c.Category = cats[r.IntN(len(cats))]
			c.Actor = actors[r.IntN(len(actors))]
			c.PeriodStart, c.PeriodEnd = days[0], days[r.IntN(2)]
			if r.IntN(6) == 0 {
				c.Per = attrition.PerDay
			}
			if r.IntN(4) != 0 {
				c.Low = attrition.Float(float64(r.IntN(10)))
			}
			if r.IntN(4) != 0 {
				c.High = attrition.Float(float64(r.IntN(10)))
			}
			d.claims = append(d.claims, docClaim{Claim: c})
		}
		want := make([]bool, n)
		for i := range d.claims {
			a := &d.claims[i].Claim
			for j := range d.claims {
				b := &d.claims[j].Claim
				if i == j || a.Category == b.Category || a.Per != "" || b.Per != "" ||
					attrition.IsEquipment(a.Category) || attrition.IsEquipment(b.Category) ||
					a.Actor != b.Actor || a.PeriodStart != b.PeriodStart || a.PeriodEnd != b.PeriodEnd ||
					!attrition.AtMost(a.Category, b.Category) {
					continue
				}
				if a.Low != nil && b.High != nil && *a.Low > *b.High {
					want[i], want[j] = true, true
				}
			}
		}
		d.checkCategories()
		for i := range d.claims {
			if got := d.claims[i].HasFlag(attrition.FlagCategoryConflict); got != want[i] {
				t.Fatalf("claim %d of %+v: flagged %v, want %v", i, d.claims, got, want[i])
			}
		}
	}
}

// TestWarsOfAnActor checks that an actor with several wars is read in the
// one the text and its date point to, and that a total with no time words
// of a war that had ended runs to its end.
func TestWarsOfAnActor(t *testing.T) {
	tests := []struct {
		text, published, actor, start, end string
	}{
		// The 2020 war ended on 10 November 2020.
		{"Azerbaijan said 2,900 of its servicemen were killed in the war.", "2021-07-01", "Azerbaijan", "2020-09-27", "2020-11-10"},
		// The latest of the actor's wars begun by publication.
		{"Armenia said 200 of its soldiers were killed in clashes with Azerbaijan.", "2022-09-20", "Armenia", "2022-09-13", "2022-09-14"},
		// A war the text's other side names wins over one going on.
		{"Iran said 600 people were killed in Israeli strikes during the war with Israel.", "2025-07-01", "Iran", "2025-06-13", "2025-06-24"},
		{"Israel said 28 of its people were killed by Iranian missiles in the war with Iran.", "2025-07-01", "Israel", "2025-06-13", "2025-06-24"},
		// With no other side named, the war going on at publication.
		{"The Israeli military said 400 soldiers were killed in the war.", "2025-07-01", "Israel", "2023-10-07", "2025-07-01"},
		// "in the war" of a war that ended runs to its end.
		{"Azerbaijan said 2,900 of its servicemen were killed in the war.", "2022-01-10", "Azerbaijan", "2020-09-27", "2020-11-10"},
		// "since the war began" runs to publication, ended or not.
		{"Researchers estimate 400,000 Tigrayan civilians have died since the war began.", "2022-11-15", "Tigray", "2020-11-03", "2022-11-15"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, tt.published, "")
		found := false
		for _, c := range cs {
			if c.Actor != tt.actor {
				continue
			}
			found = true
			if c.PeriodStart.String() != tt.start || c.PeriodEnd.String() != tt.end {
				t.Errorf("%q: period %s→%s, want %s→%s", tt.text, c.PeriodStart, c.PeriodEnd, tt.start, tt.end)
			}
		}
		if !found {
			t.Errorf("%q: no claim for %s in %v", tt.text, tt.actor, cs)
		}
	}
}

// An army the registry does not know speaks for the side its name holds:
// its "enemy" is the other.
func TestUnknownArmySourceSpeaksForItsSide(t *testing.T) {
	text := "On the night of 4 November, the enemy attacked with 3 Iskander-M ballistic missiles and 138 strike UAVs. 112 enemy UAVs were shot down."
	cs := run(t, text, "2025-11-04", "Air Force of the Armed Forces of Ukraine")
	c := find(cs, want{category: "equipment:drones", low: f(112), high: f(112)})
	check(t, text, c, want{category: "equipment:drones", low: f(112), high: f(112), actor: "Russia"})
}

// TestNoClaimOfValue holds figures that are no losses in texts that have
// others: informants, a population's scale, model numbers.
func TestNoClaimOfValue(t *testing.T) {
	for _, tt := range []struct {
		text  string
		value float64
	}{
		{"ISWAP fighters overran the base, killing at least 17 soldiers, two military sources said.", 2},
		{"The army lost 40 men in the assault, three officials told Reuters.", 3},
		{"Moscow, a city of 13 million people, accounts for only 1,020 of the 135,000 dead.", 1e6},
		{"Moscow, a city of 13 million people, accounts for only 1,020 of the 135,000 dead.", 13e6},
		{"Hezbollah said it downed seven Israeli Hermes 450 and Hermes 900 drones.", 900},
		{"Hezbollah said it downed seven Israeli Hermes 450 and Hermes 900 drones.", 450},
		{"Ukraine shot down 40 Shahed 136 drones overnight.", 136},
	} {
		for _, c := range run(t, tt.text, "2025-03-25", "") {
			if c.Low != nil && *c.Low == tt.value {
				t.Errorf("%q: %v read as a loss (%s, %q)", tt.text, tt.value, c.Category, c.Quote)
			}
		}
	}
}

// TestAcronymNamesTheLatestBody: when two bodies were given one acronym,
// the acronym speaks for the one named last, on every run (the look-up
// once went through a map's order).
func TestAcronymNamesTheLatestBody(t *testing.T) {
	text := "The Regional Monitoring Group (RMG) was founded in 2019. Its successor, the Relief Mission Group (RMG), opened an office in the city last year.\n\n" +
		"RMG said 41 civilians were killed in the shelling of the market on Tuesday."
	for range 20 {
		cs := run(t, text, "2025-03-14", "")
		c := find(cs, want{category: "killed", low: f(41), high: f(41)})
		check(t, text, c, want{category: "killed", low: f(41), high: f(41), source: "Relief Mission Group"})
		if t.Failed() {
			return
		}
	}
}

// TestRatioToOneAtTextEnd: "four to one" at the end of a text without a
// final stop is a ratio, as it is mid-sentence; a figure after "to one"
// would make it a range.
func TestRatioToOneAtTextEnd(t *testing.T) {
	for _, text := range []string{
		"Russian casualties outnumbered Ukrainian casualties by four to one",
		"The ratio of killed to wounded soldiers was 3 to 1",
	} {
		for _, c := range run(t, text, "2025-03-14", "") {
			t.Errorf("%q: the ratio's first term is a claim: %s %v", text, c.Category, *c.Low)
		}
	}
}

// TestSameCountOtherPeriod: a bare figure set beside a claim, with a
// period of its own, counts what the claim counts.
func TestSameCountOtherPeriod(t *testing.T) {
	tests := []struct {
		text       string
		cat        string
		low        float64
		start, end string
	}{
		{"Russia suffered 418,970 casualties in 2025 and 430,790 in 2024.", "casualties", 430790, "2024-01-01", "2024-12-31"},
		{"Russia lost 1,380 tanks in 2024, compared with 1,860 in 2023.", "equipment:tanks", 1860, "2023-01-01", "2023-12-31"},
		{"Russia lost 1,380 tanks in 2024 versus 1,860 in 2023.", "equipment:tanks", 1860, "2023-01-01", "2023-12-31"},
		{"Oryx recorded 612 Russian tanks lost in 2025, against 1,390 in 2023.", "equipment:tanks", 1390, "2023-01-01", "2023-12-31"},
		// "the year before": the period of the figure before, a year back.
		{"Russia lost 1,380 tanks in 2024, down from 1,860 the year before.", "equipment:tanks", 1860, "2023-01-01", "2023-12-31"},
		{"Russia lost 412 tanks in March 2025, against 380 the month before.", "equipment:tanks", 380, "2025-02-01", "2025-02-28"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2026-01-10", "")
		c := find(cs, want{category: tt.cat, low: f(tt.low), high: f(tt.low)})
		check(t, tt.text, c, want{category: tt.cat, low: f(tt.low), high: f(tt.low), actor: "Russia", start: tt.start, end: tt.end})
	}
	// A figure of something else is no such count.
	for _, text := range []string{
		"Russia lost 1,380 tanks in 2024 and 40 villages in 2023.",
		"Russia lost 1,380 tanks in 2024 and mobilised 300,000 men in 2023.",
	} {
		for _, c := range run(t, text, "2026-01-10", "") {
			if *c.Low != 1380 {
				t.Errorf("%q: %s %v is a claim", text, c.Category, *c.Low)
			}
		}
	}
}

// TestCountCompilerAndDayNames: a count's compiler named with "according
// to" after the figure is its source at an even distance from a speaker
// before it; a day's possessive ("Wednesday's tally") names no source.
func TestCountCompilerAndDayNames(t *testing.T) {
	text := "Hezbollah had announced the deaths of at least 520 members, according to a count by AFP."
	cs := run(t, text, "2024-10-24", "")
	c := find(cs, want{category: "killed", low: f(520)})
	check(t, text, c, want{category: "killed", low: f(520), source: "AFP"})
	text = "Lebanon's health ministry said 2,574 people had been killed. Of the dead in Wednesday's tally, 127 were children."
	cs = run(t, text, "2024-10-24", "")
	c = find(cs, want{category: "killed", low: f(127), high: f(127)})
	check(t, text, c, want{category: "killed", low: f(127), high: f(127), source: "Lebanon's health ministry"})
}

// TestTablesDeterministic builds the actor index and the lexicon again
// and again: Go ranges over maps in a new order each time, and a table
// that depends on that order makes the extractor's output vary from run
// to run.
func TestTablesDeterministic(t *testing.T) {
	ix, lex := buildActorIndex(), buildLexicon()
	for range 20 {
		if !reflect.DeepEqual(ix, buildActorIndex()) {
			t.Fatal("buildActorIndex differs between builds")
		}
		if !reflect.DeepEqual(lex, buildLexicon()) {
			t.Fatal("buildLexicon differs between builds")
		}
	}
}

// TestHyphenatedLineBreaks reads words that a line break cut with a
// hyphen, as PDF extracts give them, as the words they are.
func TestHyphenatedLineBreaks(t *testing.T) {
	tests := []struct {
		text string
		w    want
	}{
		{"Ukraine's General Staff said Russia had suffered 1,200 casual-\nties in the past day.", want{category: "casualties", low: f(1200), high: f(1200), actor: "Russia"}},
		{"The ministry said approxi-\nmately 300 Russian soldiers were killed.", want{category: "killed", low: f(300), high: f(300), approx: true}},
		{"Russia lost 12 long-\nrange bombers and 40 tanks last year, the ministry said.", want{category: "equipment:tanks", low: f(40), high: f(40)}},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-04-15", "")
		check(t, tt.text, find(cs, tt.w), tt.w)
	}
}

// TestUnnamedSourcesCounted: "Two security sources" are unnamed people,
// whatever case opens the sentence; a body whose name opens with a
// number is a name.
func TestUnnamedSourcesCounted(t *testing.T) {
	text := "Two security sources told AFP that at least 50 soldiers had died."
	cs := run(t, text, "2025-05-15", "")
	c := find(cs, want{category: "killed", low: f(50)})
	check(t, text, c, want{category: "killed", low: f(50), source: "-"})
	text = "As of 31 January 2024, the Assistance Association for Political Pris-\noners (AAPP) has verified that 4,468 people have been killed."
	cs = run(t, text, "2024-02-01", "")
	c = find(cs, want{category: "killed", low: f(4468), high: f(4468)})
	check(t, text, c, want{category: "killed", low: f(4468), high: f(4468), source: "Assistance Association for Political Prisoners"})
	text = "The Houthis themselves, who claim to have downed 22 of the drones since November 2023, said on Telegram that they had also fired missiles at the carrier."
	cs = run(t, text, "2025-05-15", "")
	c = find(cs, want{category: "equipment:drones", low: f(22), high: f(22)})
	if c == nil || c.Source == "Telegram" {
		t.Errorf("%q: the platform is the source", text)
	}
	text = "Three Brotherhood Alliance said at least 50 soldiers had died."
	cs = run(t, text, "2025-05-15", "")
	c = find(cs, want{category: "killed", low: f(50)})
	check(t, text, c, want{category: "killed", low: f(50), source: "Three Brotherhood Alliance"})
}

// TestAcronymBetweenNameAndPlace: "the Ministry of Health (MoH) in Gaza"
// is the registry's Gaza Health Ministry, and so is "the MoH" after it.
func TestAcronymBetweenNameAndPlace(t *testing.T) {
	text := "According to the Ministry of Health (MoH) in Gaza, 3 people were killed on Monday. According to the MoH, 48,503 Palestinians have been killed since 7 October 2023."
	cs := run(t, text, "2025-03-13", "")
	for _, w := range []want{
		{category: "killed", low: f(3), high: f(3), source: "Gaza Health Ministry"},
		{category: "killed", low: f(48503), high: f(48503), source: "Gaza Health Ministry"},
	} {
		check(t, text, find(cs, w), w)
	}
}

// TestDescribedBodyIsNew: "the Houthi-run health ministry" after another
// source is a body of its own, not the source named before.
func TestDescribedBodyIsNew(t *testing.T) {
	text := "US Central Command says it struck more than 1,100 targets in that time. The Houthi-run health ministry in Sanaa says the strikes killed 224 people and injured 472 during the operation."
	cs := run(t, text, "2025-05-20", "")
	w := want{category: "killed", low: f(224), high: f(224), source: "Houthi-run health ministry"}
	check(t, text, find(cs, w), w)
}

// TestAidWorkersArePeople: "aid" vetoes figures of aid given, not of aid
// workers killed.
func TestAidWorkersArePeople(t *testing.T) {
	text := "The RSF killed at least 100 people, including 20 children and nine aid workers, in the camp."
	cs := run(t, text, "2025-04-14", "")
	w := want{category: "killed", low: f(9), high: f(9)}
	check(t, text, find(cs, w), w)
}

// TestFootnoteMarkers: a footnote's number glued to a full stop, as PDF
// text gives it, is no figure and ends its sentence.
func TestFootnoteMarkers(t *testing.T) {
	text := "The hospital admitted 1,575 civilian war-wounded, of whom 147 died of their wounds.11 Most were injured by shelling."
	cs := run(t, text, "2025-03-20", "")
	for _, c := range cs {
		if *c.Low == 11 {
			t.Errorf("%q: the footnote's 11 is a claim (%s)", text, c.Category)
		}
	}
	w := want{category: "killed", low: f(147), high: f(147)}
	check(t, text, find(cs, w), w)
}

// TestSpaceAlignedTable reads a table laid out with spaces, as PDF text
// gives it: the gaps are its columns, the header names their
// categories, a month labels each row; the table's lines are no wrapped
// prose.
func TestSpaceAlignedTable(t *testing.T) {
	text := "Between October and December 2024 the hospital admitted 1,575 civilian war-wounded.\n\n" +
		"Table 2: Civilian war-wounded admitted to Saudi Hospital, Q4 2024\n" +
		"Month          Wounded admitted     Died of wounds\n" +
		"October                     518                 47\n" +
		"November                    602                 61\n"
	cs := run(t, text, "2025-03-20", "")
	for _, w := range []want{
		{category: "wounded", low: f(518), high: f(518), start: "2024-10-01", end: "2024-10-31"},
		{category: "killed", low: f(47), high: f(47), start: "2024-10-01", end: "2024-10-31"},
		{category: "killed", low: f(61), high: f(61), start: "2024-11-01", end: "2024-11-30"},
	} {
		check(t, text, find(cs, w), w)
	}
	// A gap of one tab is a column too, and the reading moves on past
	// it (it once stood still there).
	for _, text := range []string{"0\t0", "Tanks\t40\tdestroyed", "killed\t\t12"} {
		run(t, text, "2025-03-20", "")
	}
	// Three spaces after a sentence's full stop are no column.
	text = "Russia lost 40 tanks last week.   Ukraine lost 12 tanks."
	cs = run(t, text, "2025-03-20", "")
	if len(cs) != 2 {
		t.Errorf("%q: %d claims, want 2", text, len(cs))
	}
}

// TestPeopleOfAPlace: "residents of the region", "people in the
// village" stand between a figure and its verb; "over the past day 4
// people" is no "Day 4"; "aged 41 and 45" are two ages.
func TestPeopleOfAPlace(t *testing.T) {
	for _, tt := range []struct {
		text string
		w    want
	}{
		{"Over the past week, 16 residents of the region were killed by enemy shelling.", want{category: "killed", low: f(16), high: f(16)}},
		{"Over the past week, 16 people in the village were killed by enemy shelling.", want{category: "killed", low: f(16), high: f(16)}},
		{"Over the past day 4 people were killed in the region.", want{category: "killed", low: f(4), high: f(4)}},
		// A participle's phrase between the people and their verb.
		{"Thirteen foreign soldiers serving with the UN mission and a regional force have been killed in the past week.", want{category: "killed", low: f(13), high: f(13)}},
		{"Some 250 gunmen loyal to the ousted government were killed.", want{category: "killed", low: f(250), high: f(250)}},
		// Killings are deaths.
		{"In January 2024 alone, AAPP verified 117 killings.", want{category: "killed", low: f(117), high: f(117)}},
		// Words that say what kind of death stand before its noun.
		{"The analysis yields a central estimate of 70,140 traumatic injury deaths (95% CI 59,410–82,960) in Gaza.", want{category: "killed", low: f(59410), high: f(82960)}},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		check(t, tt.text, find(cs, tt.w), tt.w)
	}
	text := "Two civilian men aged 41 and 45 were wounded when a drone hit their car."
	for _, c := range run(t, text, "2025-06-12", "") {
		if *c.Low == 45 || *c.Low == 41 {
			t.Errorf("%q: an age is a claim: %s %v", text, c.Category, *c.Low)
		}
	}
}

// TestRescuedCaptivesAreNoCaptures: hostages rescued are set free, not
// taken; hostages taken are captures.
func TestRescuedCaptivesAreNoCaptures(t *testing.T) {
	text := "Troops neutralised 57 terrorists and rescued 164 kidnapped hostages between 21 and 27 August 2025."
	for _, c := range run(t, text, "2025-08-29", "") {
		if *c.Low == 164 {
			t.Errorf("%q: rescued captives are a claim: %s", text, c.Category)
		}
	}
	text = "Gunmen kidnapped 40 villagers on Sunday."
	w := want{category: "captured", low: f(40), high: f(40)}
	check(t, text, find(run(t, text, "2025-08-29", ""), w), w)
}

// TestMunitionOfALauncher: "34 MLRS rockets" counts the rockets, not the
// launchers.
func TestMunitionOfALauncher(t *testing.T) {
	for _, text := range []string{"Air defence means shot down 34 HIMARS MLRS projectiles.", "Air defence means shot down 34 MLRS rockets."} {
		w := want{category: "equipment:missiles", low: f(34), high: f(34)}
		check(t, text, find(run(t, text, "2024-11-23", ""), w), w)
	}
}

// namedWarIn finds a war's name where "war" stands: a name that ends
// otherwise would never be found.
func TestConflictNamesEndInWar(t *testing.T) {
	for _, c := range attrition.Conflicts {
		for _, n := range c.Names {
			if !strings.HasSuffix(n, "war") || strings.ToLower(n) != n {
				t.Errorf("conflict %s: name %q must be lower case and end in \"war\"", c.ID, n)
			}
			if got := namedWarIn("after " + n + " ended"); got == nil || got.ID != c.ID {
				t.Errorf("namedWarIn(%q) = %v, want %s", n, got, c.ID)
			}
		}
	}
}

// A war's toll "during the war" ends with the war, however long after
// it was said.
func TestWarTollEndsWithTheWar(t *testing.T) {
	cs := run(t, "Iran's health ministry said on Thursday that 627 people had been killed during the war with Israel.", "2025-06-29", "")
	w := want{category: "killed", low: f(627), high: f(627), actor: "Iran", start: "2025-06-13", end: "2025-06-24"}
	check(t, "war toll", find(cs, w), w)
}

// Text laid out for reading: values aligned after their labels' colons,
// a compound cut at its hyphen by a line break, a part of a total with a
// span of its own.
func TestAlignedLabelsAndBrokenCompounds(t *testing.T) {
	text := "Ukraine's General Staff said on Sunday that Russia has lost an estimated 1,060,210 soldiers\n" +
		"killed, wounded or captured since the full-\nscale invasion, 980 of them in the past day.\n\n" +
		"KEY FIGURES (General Staff, 3 Aug)\n  Personnel:        1,060,210 (+980)\n  Tanks:            11,094 (+3)\n"
	cs := run(t, text, "2025-08-03", "")
	for _, w := range []want{
		{category: "casualties", low: f(1060210), high: f(1060210), start: "2022-02-24", end: "2025-08-03"},
		{category: "casualties", low: f(980), high: f(980), start: "2025-08-02", end: "2025-08-03"},
		{category: "equipment:tanks", low: f(11094), high: f(11094)},
		{category: "equipment:tanks", low: f(3), high: f(3)},
	} {
		check(t, text, find(cs, w), w)
	}
}

// Weapons fired are no loss; the share of them intercepted is the
// launcher's.
func TestInterceptedShareOfLaunched(t *testing.T) {
	for _, tt := range []struct {
		text string
		w    want
	}{
		{"Iran fired 532 ballistic missiles at Israel during the war, 86 percent of which were intercepted.",
			want{category: "equipment:missiles", low: f(458), high: f(458), actor: "Iran"}},
		{"Iran fired 532 ballistic missiles at Israel during the war. Of the more than 1,100 drones Iran launched, 99 percent were intercepted.",
			want{category: "equipment:drones", low: f(1089), bound: "more_than", actor: "Iran"}},
		{"Russia also launched 14 Shahed-type drones at the region overnight. Ukraine's air force said it had shot down 12 of them.",
			want{category: "equipment:drones", low: f(12), high: f(12), actor: "Russia"}},
		// The part named before its passive.
		{"Russia launched 80 Shahed-type attack drones and decoys overnight. Ukraine's air force said 64 of them were shot down over eight regions.",
			want{category: "equipment:drones", low: f(64), high: f(64), actor: "Russia"}},
		{"Russia launched 80 drones at the region overnight. The air force said 64 were intercepted.",
			want{category: "equipment:drones", low: f(64), high: f(64), actor: "Russia"}},
		{"Iran fired around 550 ballistic missiles and more than 1,000 drones at Israel; air defences intercepted about 86 per cent of the missiles.",
			want{category: "equipment:missiles", low: f(473), high: f(473), approx: true, actor: "Iran"}},
	} {
		cs := run(t, tt.text, "2025-06-26", "")
		check(t, tt.text, find(cs, tt.w), tt.w)
		for _, c := range cs {
			if c.Low != nil && (*c.Low == 532 || *c.Low == 550) {
				t.Errorf("%q: the launch itself is a claim: %+v", tt.text, c)
			}
		}
	}
}

// Tables drawn with bars: cells padded with spaces, and a total column
// beside the status columns.
func TestBarTablesPaddedAndTotals(t *testing.T) {
	text := "Deaths verified since the launch of the offensive:\n\n" +
		"| Township    | Clashes | Junta troops killed | Civilians killed |\n" +
		"|-------------|--------:|--------------------:|-----------------:|\n" +
		"| Lashio      | 41      | 260                 | 18               |\n"
	cs := run(t, text, "2024-07-08", "")
	for _, w := range []want{{category: "killed", low: f(260), high: f(260)}, {category: "killed", low: f(18), high: f(18)}} {
		check(t, text, find(cs, w), w)
	}
	text = "Deaths verified:\n\n| Township | Clashes recorded | Junta troops killed |\n|---|---|---|\n| Lashio | 41 | 260 |\n"
	cs = run(t, text, "2024-07-08", "")
	w0 := want{category: "killed", low: f(260), high: f(260), source: "-"}
	check(t, text, find(cs, w0), w0)
	text = "General Staff figures for Russian losses:\n\n| date | personnel | tanks |\n|---|---|---|\n| 2026-03-02 | 1,262,410 | 11,694 |\n"
	cs = run(t, text, "2026-03-04", "")
	w := want{category: "casualties", low: f(1262410), high: f(1262410)}
	check(t, text, find(cs, w), w)
	text = "Russian equipment losses documented by Oryx:\n\n| Type | Destroyed | Captured | Total |\n|---|---|---|---|\n| Tanks | 1,524 | 546 | 2,289 |\n"
	cs = run(t, text, "2023-09-01", "")
	for _, w := range []want{
		{category: "equipment:tanks", status: "destroyed", low: f(1524), high: f(1524)},
		{category: "equipment:tanks", status: "-", low: f(2289), high: f(2289)},
	} {
		check(t, text, find(cs, w), w)
	}
}

// A list of places that breaks down the day's toll keeps the day.
func TestPlacesShareTheDaysToll(t *testing.T) {
	text := "Over the past day, 1 person was killed and 11 people were injured in the region.\n\n" +
		"📍 Bilozerka – 1 killed, 3 injured\n📍 Beryslav – 2 injured\n"
	cs := run(t, text, "2024-02-14", "")
	for _, w := range []want{
		{category: "killed", low: f(1), high: f(1), start: "2024-02-13", end: "2024-02-14"},
		{category: "wounded", low: f(3), high: f(3), start: "2024-02-13", end: "2024-02-14"},
		{category: "wounded", low: f(2), high: f(2), start: "2024-02-13", end: "2024-02-14"},
	} {
		check(t, text, find(cs, w), w)
	}
}

// The day an event's story opens with holds for its figures a few
// sentences on.
func TestSceneHoldsForTheStory(t *testing.T) {
	text := "At least 32 people were killed when gunmen attacked a restaurant late on Tuesday, police said. " +
		"Security forces killed five attackers during a siege. One attacker was captured alive, police said. " +
		"At the city's main hospital, the director said his staff had treated 48 wounded."
	cs := run(t, text, "2025-06-12", "")
	w := want{category: "wounded", low: f(48), high: f(48), start: "2025-06-10", end: "2025-06-10"}
	check(t, text, find(cs, w), w)
}

// A body named with its acronym at the start of a sentence keeps the
// place's first word ("South Korea's …"), and the acronym later stands for
// the whole name.
func TestAcronymAfterPlaceName(t *testing.T) {
	text := "North Korea sent 11,000 troops to the region in the autumn. South Korea's National Intelligence Service (NIS) said in February that about 4,000 of them had been killed or wounded. In April, the NIS revised its estimate of the dead to 600."
	cs := run(t, text, "2025-04-28", "")
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(cs), cs)
	}
	for _, c := range cs {
		if c.Source != "South Korea's National Intelligence Service" {
			t.Errorf("%s: source %q, want South Korea's National Intelligence Service", c.Quote, c.Source)
		}
	}
	text = "North Kivu Provincial Health Division (NKPHD) said 120 civilians were killed. The NKPHD later raised its toll to 140."
	cs = run(t, text, "2025-04-28", "")
	if len(cs) != 2 || cs[1].Source != "North Kivu Provincial Health Division" {
		t.Errorf("got %+v, want the second claim from North Kivu Provincial Health Division", cs)
	}
}

// A country that speaks of a war it is no side of ("US officials say",
// "according to US envoy …") is not whose losses these are; a side that
// counts the dead of its enemy's strikes, or its own lost drones, is.
func TestThirdPartySpeaker(t *testing.T) {
	tests := []struct{ text, actor string }{
		{"US officials say at least 150,000 people have been killed in the war in Sudan.", ""},
		{"The war in Sudan has killed at least 150,000 people, a US envoy said.", ""},
		{"Fighting between the Sudanese army and the paramilitary Rapid Support Forces has killed at least 150,000 people since April 2023, according to US envoy Tom Perriello.", ""},
		{"Fighting between the army and the paramilitary RSF has killed 15,000 people.", ""},
		{"Iran's health ministry said 627 people had been killed in Israeli strikes.", "Iran"},
		{"Israeli strikes on southern Lebanon killed 12 people.", "Lebanon"},
		// A service's own losses; a fleet and a group by name.
		{"The Russian air force has lost 100 jets.", "Russia"},
		{"Ukraine's navy has lost 5 boats.", "Ukraine"},
		{"The Black Sea Fleet has lost 27 ships.", "Russia"},
		{"Rebels burned 17 army trucks near Lashio on Monday.", "Myanmar"},
		// "India said it lost five soldiers": the speaker's own.
		{"After the strikes India said it lost five soldiers.", "India"},
		// Weapons shot down are the launcher's, each of its own kind.
		{"Russia fired 40 missiles at Ukraine, of which 35 missiles were shot down.", "Russia"},
		// "combined" sums one side's things unless two sides are named.
		{"Russia has lost 1,200 tanks combined.", "Russia"},
		{"Russia and Ukraine have lost 5,000 tanks combined.", ""},
		// Where troops were sent is not whose they are.
		{"North Korea has sent 11,000 troops to Russia, of whom 3,000 have been killed or wounded.", "North Korea"},
		// The side whose weapons struck is not the dead's.
		{"Israel dropped a bomb on the building, killing at least 90 people.", "Palestinians in Gaza"},
		{"Russian aircraft dropped 40 glide bombs on Kharkiv, killing 3.", "Ukraine"},
		// A wartime civil administration counts its people's dead.
		{"The Kyiv city military administration said at least six people were killed in the overnight attack.", "Ukraine"},
		// The speaker's own forces did the killing: the dead are named.
		{"Congo's army said its forces had killed more than 500 M23 fighters.", "M23"},
		// A claimed deed: the claimant is the killer, not the dead; the
		// soldiers are those of the army it fights.
		{"Fano militiamen claimed to have killed over 1,000 federal soldiers in April.", "Ethiopia"},
		// A sponsor is not whose losses these are.
		{"US strikes killed 31 Iran-backed Houthi fighters on Monday.", "Houthis"},
		{"Clashes killed 31 Turkish-backed fighters near Manbij on Monday.", ""},
		{"Israeli strikes on the Bekaa Valley killed 12 people on Sunday.", "Lebanon"},
		{"Houthi forces have shot down seven MQ-9 Reaper drones since Operation Rough Rider began, two US officials said.", "United States"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-30", "")
		if len(cs) != 1 {
			t.Errorf("%q: got %d claims, want 1", tt.text, len(cs))
			continue
		}
		if cs[0].Actor != tt.actor {
			t.Errorf("%q: actor %q, want %q", tt.text, cs[0].Actor, tt.actor)
		}
	}
}

// Two sides named as one subject, each with its own nouns, share the
// toll of their clash: neither's alone.
func TestClashOfTwoNamedSides(t *testing.T) {
	cs := run(t, "Ethiopian government forces and Fano militiamen clashed in the Amhara region last week, leaving at least 80 dead, according to residents.", "2025-02-12", "")
	if len(cs) != 1 || cs[0].Actor != "" || !slices.Contains(cs[0].Flags, attrition.FlagAmbiguousActor) {
		t.Errorf("got %+v, want one claim of no one side, flagged ambiguous_actor", cs)
	}
}

// The General Staff's tally reprinted without its source still speaks
// for Ukraine: its enemy is Russia.
func TestEnemyByTheTextsVoice(t *testing.T) {
	text := "The total combat losses of the enemy from 24.02.22 to 10.08.25 were approximately:\npersonnel ‒ about 1,063,400 (+1,010) persons,\ntanks ‒ 11,077 (+2),\n"
	cs := run(t, text, "2025-08-10", "")
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	for _, c := range cs {
		if c.Actor != "Russia" {
			t.Errorf("%s: actor %q, want Russia", c.Quote, c.Actor)
		}
	}
}

// An estimative word that judges the figure as a noun ("likely an
// undercount") or another subject's future ("and production will likely
// fall") gives the figure no likelihood.
func TestLikelihoodOfOtherPhrase(t *testing.T) {
	for _, text := range []string{
		"The ministry says 42,000 Palestinians have been killed, likely an undercount.",
		"Russia lost 1,400 tanks in 2024, and production will likely fall.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Likelihood != "" || cs[0].Probability != nil {
			t.Errorf("%q: got %+v, want one claim with no likelihood", text, cs)
		}
	}
}

// "Of these," after a side's people: the part is theirs, wherever they
// fell.
func TestOfTheseAfterSidesPeople(t *testing.T) {
	cs := run(t, "Russia lost 1,210 soldiers in the past 24 hours. Of these, around 400 were killed near Pokrovsk.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Actor != "Russia" {
		t.Errorf("got %+v, want the 400 killed to be Russia's", cs)
	}
}

// ", said the health ministry": the speaker is after the verb, never the
// words before the comma; whom a speaker told is no speaker.
func TestInvertedAttribution(t *testing.T) {
	cs := run(t, "Fifty civilians died in Omdurman on Saturday, said the health ministry.", "2025-06-12", "")
	if len(cs) != 1 || strings.Contains(cs[0].Source, "Omdurman") {
		t.Errorf("got %+v, want no source from the words before the comma", cs)
	}
	cs = run(t, "Russia lost 1,200 troops, said Ukraine's General Staff on Monday.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Source != "General Staff of the Armed Forces of Ukraine" {
		t.Errorf("got %+v, want the General Staff", cs)
	}
	cs = run(t, "The chief of defence staff, Gen Christopher Musa, told the Senate last month that troops had killed more than 2,000 insurgents.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Source == "Senate" {
		t.Errorf("got %+v, want a source other than the Senate", cs)
	}
}

// "killed 12,000 civilians and wounded 28,000": the second figure counts
// the same people.
func TestSecondVerbSamePeople(t *testing.T) {
	cs := run(t, "Russian shelling has killed 12,000 Ukrainian civilians and wounded 28,000.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Population != attrition.PopulationCivilian || cs[1].Actor != "Ukraine" {
		t.Errorf("got %+v, want the 28,000 wounded to be Ukraine's civilians", cs)
	}
}

// An explainer that sets sources' figures side by side: each one after
// its verb counts the same losses, its words left out.
func TestSourcesSideBySide(t *testing.T) {
	cs := run(t, "The Pentagon estimates 700,000 Russian casualties, while the British MoD says 900,000 and Kyiv claims 1,000,000.", "2025-06-12", "")
	if len(cs) != 3 {
		t.Fatalf("got %d claims, want 3: %+v", len(cs), cs)
	}
	for i, src := range []string{"US Department of Defense", "UK Ministry of Defence", "Ukraine"} {
		if c := cs[i]; c.Actor != "Russia" || c.Category != "casualties" || c.Source != src {
			t.Errorf("%s: got %s %s from %q, want Russia casualties from %q", c.Quote, c.Actor, c.Category, c.Source, src)
		}
	}
}

// A share of a whole written out after it ("Half of the 60 soldiers
// killed …") reads the whole as a loss too.
func TestShareReadsInlineWhole(t *testing.T) {
	cs := run(t, "Half of the 60 soldiers killed in Djibo on Friday were conscripts.", "2025-06-15", "")
	if find(cs, want{category: "killed", low: f(60), high: f(60)}) == nil || find(cs, want{category: "killed", low: f(30), high: f(30)}) == nil {
		t.Errorf("got %+v, want both the 60 killed and the 30", cs)
	}
}

// "of whom roughly a quarter were killed": a share of the figure the
// clause before gave.
func TestShareOfWhom(t *testing.T) {
	cs := run(t, "Russia has lost 600,000 troops, of whom roughly a quarter were killed.", "2025-06-15", "")
	if c := find(cs, want{category: "killed", low: f(150000), high: f(150000), approx: true}); c == nil || c.Actor != "Russia" {
		t.Errorf("got %+v, want Russia's ~150,000 killed", cs)
	}
}

func TestSpeakerPronounLoss(t *testing.T) {
	cs := run(t, "Pakistan said 11 soldiers died in Indian strikes; India said it lost five soldiers.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Actor != "India" || cs[1].HasFlag(attrition.FlagCategoryConflict) {
		t.Errorf("got %+v, want India's own five, with no category conflict", cs)
	}
}

func TestTotalDatedByItsIncrement(t *testing.T) {
	cs := run(t, "Kyiv said Russia lost 1,100 soldiers on 1 June, bringing the total to 990,000.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].PeriodStart.String() != "2022-02-24" || cs[1].PeriodEnd.String() != "2025-06-01" {
		t.Errorf("got %+v, want the 990,000 to run from the war's start to 1 June", cs)
	}
}

// A heading of losses that ends with a year dates the list under it.
func TestHeadingYear(t *testing.T) {
	cs := run(t, "### Russian losses, 2024\n\n- Killed: 90,000\n- Wounded: 250,000\n", "2025-06-12", "")
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(cs), cs)
	}
	for _, c := range cs {
		if c.PeriodStart.String() != "2024-01-01" || c.PeriodEnd.String() != "2024-12-31" {
			t.Errorf("%s: %s→%s, want 2024", c.Quote, c.PeriodStart, c.PeriodEnd)
		}
	}
}

// A column headed by equipment and its loss ("Russian tank losses",
// "Tanks lost") counts that equipment.
func TestHeaderEquipmentLoss(t *testing.T) {
	for _, text := range []string{
		"| Year | Russian tank losses |\n|---|---|\n| 2023 | 1,200 |\n| 2024 | 1,400 |\n",
		"| Year | Tanks lost |\n|---|---|\n| 2023 | 1,200 |\n| 2024 | 1,400 |\n",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 2 || cs[0].Category != "equipment:tanks" || cs[1].PeriodStart.String() != "2024-01-01" {
			t.Errorf("%q: got %+v, want two years of tanks", text, cs)
		}
	}
}

// A part's side named in an aside after the whole is not the whole's.
func TestAsidePartSide(t *testing.T) {
	cs := run(t, "Seventeen foreign soldiers, including 14 South Africans, were killed in the fighting for Goma.", "2025-02-12", "")
	if len(cs) != 2 || cs[0].Actor == "South Africa" || cs[1].Actor != "South Africa" {
		t.Errorf("got %+v, want the 14 alone to be South Africa's", cs)
	}
}

// "The number of Russian soldiers killed in 2023 was 50,000": the
// people named before the participle are the dead, past a year, a
// copula or an estimative word.
func TestParticipleBeforeCount(t *testing.T) {
	tests := []struct{ text, actor string }{
		{"The number of Russian soldiers killed in 2023 was 50,000.", "Russia"},
		{"Russian soldiers killed likely number more than 100,000.", "Russia"},
		{"The total number of Ukrainian soldiers killed is 46,000.", "Ukraine"},
		{"The number of Ukrainian civilians killed in 2023 was 1,200.", "Ukraine"},
		{"Russian soldiers killed 40 civilians in Bucha.", "Ukraine"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Actor != tt.actor {
			t.Errorf("%q: got %+v, want one claim of %s's", tt.text, cs, tt.actor)
		}
	}
}

// "since 2014": the year as written, unless a war of the text's sides
// began in it.
func TestSinceYearOfOtherWar(t *testing.T) {
	tests := []struct{ text, start string }{
		{"Since 2014, 14,000 people have been killed in eastern Ukraine.", "2014-01-01"},
		{"Since 2020, 3,000 soldiers have died.", "2020-01-01"},
		{"More than 10,000 civilians have been killed in the Sahel since 2012.", "2012-01-01"},
		{"Russia has lost 900,000 troops since 2022.", "2022-02-24"},
		{"Since 2023, 60,000 Sudanese have been killed.", "2023-04-15"},
		{"The conflict between the Houthis and the government has killed 150,000 people since 2014.", "2014-09-16"},
		{"Since fighting broke out between the army and the RSF in April 2023, more than 28,700 people have been killed.", "2023-04-15"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].PeriodStart.String() != tt.start {
			t.Errorf("%q: got %+v, want one claim from %s", tt.text, cs, tt.start)
		}
	}
}

// "In 2023, 50,000 Russian soldiers were killed in the war": the time
// that opens the sentence dates the figure; "in the war" only names it.
func TestFrontedTimeOverWar(t *testing.T) {
	tests := []struct{ text, start, end string }{
		{"In 2023, 50,000 Russian soldiers were killed in the war.", "2023-01-01", "2023-12-31"},
		{"In May, 40,000 Russian troops were killed or wounded in the fighting.", "2025-05-01", "2025-05-31"},
		{"Between 2014 and 2022, an estimated 14,400 people were killed in the conflict in eastern Ukraine.", "2014-01-01", "2022-12-31"},
		// A time after the war phrase that describes the war is not
		// the figure's.
		{"Iran's health ministry said 610 people were killed in Israeli strikes during the war, which ended with a ceasefire on Tuesday.", "2025-06-13", ""},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-25", "")
		if len(cs) == 0 || cs[0].PeriodStart.String() != tt.start || tt.end != "" && cs[0].PeriodEnd.String() != tt.end {
			t.Errorf("%q: got %+v, want %s→%s", tt.text, cs, tt.start, tt.end)
		}
	}
}

// "The civilian death toll in Ukraine": the adjective before the loss
// noun gives the population, and with it the place's side.
func TestCivilianAdjective(t *testing.T) {
	for _, text := range []string{
		"The civilian death toll in Ukraine reached 13,000.",
		"Civilian deaths in Ukraine fell to 1,500 in 2025.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Population != attrition.PopulationCivilian || cs[0].Actor != "Ukraine" {
			t.Errorf("%q: got %+v, want Ukraine's civilians", text, cs)
		}
	}
}

// Monitors and researchers the registry knows are read whole and named
// one way, past the words that end most names ("Count", "to Protect").
func TestRegistryMonitorNames(t *testing.T) {
	tests := []struct{ text, source, actor string }{
		{"Iraq Body Count has documented 210,000 civilian deaths since 2003.", "Iraq Body Count", "Iraq"},
		{"According to the Committee to Protect Journalists, 178 journalists have been killed in Gaza.", "Committee to Protect Journalists", "Palestinians in Gaza"},
		{"The Institute for the Study of War said Russia lost 1,500 troops a day in May.", "ISW", "Russia"},
		{"The Syrian Observatory for Human Rights said 1,383 civilians were killed.", "Syrian Observatory for Human Rights", "Syria"},
		{"The Royal United Services Institute estimates that 20,000 Ukrainian soldiers were killed.", "RUSI", "Ukraine"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Source != tt.source || cs[0].Actor != tt.actor {
			t.Errorf("%q: got %+v, want %s's from %s", tt.text, cs, tt.actor, tt.source)
		}
	}
}

// A live blog's clock time before a loss is no figure of it.
func TestClockTimeNoFigure(t *testing.T) {
	for _, text := range []string{
		"18:40 BST Three people were killed in a Russian strike on Zaporizhzhia.",
		"14.32 GMT Three people were killed in a Russian strike on Zaporizhzhia.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || *cs[0].Low != 3 {
			t.Errorf("%q: got %+v, want the three alone", text, cs)
		}
	}
}

// A footnote's mark after a figure in HTML is no part of it.
func TestFootnoteMarkHTML(t *testing.T) {
	text := "<p>Russian losses were 250,000.<sup>1</sup> Between 250,000 and 300,000<sup>[2]</sup> Ukrainian troops were killed or wounded. The 47<sup>th</sup> brigade lost 12 tanks.</p>"
	cs := run(t, text, "2025-06-12", "")
	if len(cs) != 3 || *cs[0].Low != 250000 || *cs[1].High != 300000 || *cs[2].Low != 12 {
		t.Errorf("got %+v, want 250,000, 250,000–300,000 and 12", cs)
	}
}

// "Burkina Faso's junta": a country's own rulers, not Myanmar's.
func TestJuntaOfCountry(t *testing.T) {
	tests := []struct{ text, actor string }{
		{"Burkina Faso's junta acknowledged that 52 soldiers were killed near Diapaga.", "Burkina Faso"},
		{"The Malian junta said 15 soldiers were killed.", "Mali"},
		{"The junta said 15 soldiers were killed in Sagaing.", "Myanmar"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Actor != tt.actor {
			t.Errorf("%q: got %+v, want %s's", tt.text, cs, tt.actor)
		}
	}
}

// An estimative word after the figure that governs a verb to come, a
// noun phrase or a comparison does not judge the figure.
func TestLikelihoodOfOther(t *testing.T) {
	for _, text := range []string{
		"Russia has lost 3,500 tanks, and it is highly likely that it will struggle to replace them.",
		"Russia lost 427,000 troops in 2024, likely its heaviest year.",
		"The UN has verified 12,900 civilian deaths, and the real figure is likely considerably higher.",
		"Russia lost some 420,000 troops last year, a figure that is highly likely an underestimate.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Likelihood != "" {
			t.Errorf("%q: got %+v, want one claim with no likelihood", text, cs)
		}
	}
	// A relative clause between the subject and its verb neither
	// vetoes the figure nor judges it.
	if cs := run(t, "Russian casualties, which are likely to rise, now stand at around 700,000.", "2025-06-12", ""); len(cs) != 1 || cs[0].Likelihood != "" {
		t.Errorf("got %+v, want the 700,000 with no likelihood", cs)
	}
	cs := run(t, "Russia has almost certainly lost 1,000 tanks.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Likelihood != "almost certainly" {
		t.Errorf("got %+v, want almost certainly", cs)
	}
}

// "Ukraine denied this and said it had killed 900": the one who denies
// speaks; "a military source in El Obeid" is no one named.
func TestRebuttalSpeaker(t *testing.T) {
	cs := run(t, "The SAF said it killed 320 RSF fighters. The RSF denied the claim and said it had captured 60 army soldiers.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Source != "Rapid Support Forces" || cs[1].Actor != "Sudan (SAF)" {
		t.Errorf("got %+v, want the 60 captured from the RSF, the army's", cs)
	}
	cs = run(t, "A military source in El Obeid denied the claim and said the army had lost four soldiers in the clashes.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Source != "" {
		t.Errorf("got %+v, want no source named", cs)
	}
}

// "Fighting between the M23 and Congolese troops has killed 700": the
// parties to the fighting are both sides, the second no doer.
func TestBetweenPartiesNoDoer(t *testing.T) {
	for _, text := range []string{
		"Fighting between the M23 and Congolese troops has killed at least 700 people.",
		"Fighting between Russian and Ukrainian troops has killed 700 people.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Actor != "" {
			t.Errorf("%q: got %+v, want no single side", text, cs)
		}
	}
}

// "7,000 Azerbaijani and Armenian soldiers": two sides named together
// inside the figure's phrase are both sides' losses, neither's alone.
func TestTwoSidesInPhrase(t *testing.T) {
	for _, text := range []string{
		"Around 7,000 Azerbaijani and Armenian soldiers were killed in the 44-day war.",
		"More than 1,000 Russian and Ukrainian soldiers were killed in the battle.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Actor != "" {
			t.Errorf("%q: got %+v, want no single side", text, cs)
		}
	}
}

// "3,400 destroyed Russian tanks, 500 damaged": a status before the
// owner and the type, as Oryx's counts are written.
func TestStatusBeforeOwner(t *testing.T) {
	cs := run(t, "Oryx has documented 3,400 destroyed Russian tanks, 500 damaged, 200 abandoned and 550 captured since 2022.", "2025-06-12", "")
	want := []string{"destroyed", "damaged", "abandoned", "captured"}
	if len(cs) != 4 {
		t.Fatalf("got %+v, want four statuses of tanks", cs)
	}
	for i, c := range cs {
		if c.Category != "equipment:tanks" || c.Status != want[i] || c.Actor != "Russia" {
			t.Errorf("claim %d: got %s, want Russia's %s tanks", i, Describe(&c), want[i])
		}
	}
	if cs := run(t, "Oryx has documented 400 captured Russian tanks.", "2025-06-12", ""); len(cs) != 1 || cs[0].Category != "equipment:tanks" || cs[0].Status != "captured" {
		t.Errorf("got %+v, want captured tanks", cs)
	}
}

// The price a doer paid is its own; a possessive before the participle
// owns the dead; "number" after a loss word is a verb.
func TestOwnCostAndNumberVerb(t *testing.T) {
	tests := []struct{ text, actor string }{
		{"Russian forces seized 4,000 square kilometres in 2024 at a cost of 430,000 casualties.", "Russia"},
		{"The Royal United Services Institute puts Ukraine's killed at between 60,000 and 100,000.", "Ukraine"},
		{"Russian casualties number 900,000.", "Russia"},
		{"Ukrainian losses likely number 400,000.", "Ukraine"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Actor != tt.actor {
			t.Errorf("%q: got %+v, want one claim of %s's", tt.text, cs, tt.actor)
		}
	}
}

// One attack's toll told on a named day is that day's news, not a
// running total from the war's start.
func TestAttackTollOnStatementDay(t *testing.T) {
	cs := run(t, "At least 40 civilians were killed when the RSF shelled a market in El Fasher, local activists said on Tuesday.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2025-06-09" || cs[0].PeriodEnd.String() != "2025-06-10" {
		t.Errorf("got %+v, want 9–10 June", cs)
	}
}

// "… than in 2023, when 1,200 civilians were killed": the figure in the
// clause of "when" is of the time it stands for.
func TestWhenClauseTime(t *testing.T) {
	cs := run(t, "Civilian deaths in 2024 were 30 per cent higher than in 2023, when 1,200 civilians were killed.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2023-01-01" || cs[0].PeriodEnd.String() != "2023-12-31" {
		t.Errorf("got %+v, want 2023", cs)
	}
}

// "In January, 150 civilians were killed; in February, 120; and in
// March, 164": bare figures led by their own months continue the first.
func TestTimeLedEllipsis(t *testing.T) {
	cs := run(t, "In January, 150 civilians were killed in Ukraine; in February, 120; and in March, 164, the UN said.", "2025-06-12", "")
	if len(cs) != 3 {
		t.Fatalf("got %+v, want three months", cs)
	}
	for i, start := range []string{"2025-01-01", "2025-02-01", "2025-03-01"} {
		if c := cs[i]; c.Category != "killed" || c.Actor != "Ukraine" || c.PeriodStart.String() != start || c.Source != "UN" {
			t.Errorf("claim %d: got %s, want Ukraine's dead from %s, from the UN", i, Describe(&c), start)
		}
	}
}

// "lost 3 of its 31 tanks": the part takes the owner's stock's type,
// and the stock is no loss; "150-190,000" writes the thousands once.
func TestPartOfOwnStockAndSharedThousands(t *testing.T) {
	cs := run(t, "Ukraine has lost 20 of its 31 Abrams tanks.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Category != "equipment:tanks" || *cs[0].Low != 20 {
		t.Errorf("got %+v, want 20 tanks alone", cs)
	}
	for _, text := range []string{"Russia has lost 150-190,000 soldiers this year.", "Russia has lost between 150 and 190,000 soldiers this year."} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || *cs[0].Low != 150000 || *cs[0].High != 190000 {
			t.Errorf("%q: got %+v, want 150,000–190,000", text, cs)
		}
	}
	if cs := run(t, "Between 400 and 500 soldiers died.", "2025-06-12", ""); len(cs) != 1 || *cs[0].Low != 400 {
		t.Errorf("got %+v, want 400–500", cs)
	}
}

// "About 40% of the 1,200 soldiers in the battalion were killed": the
// share is the dead; the whole it is of only served.
func TestWholeOfShareNotLoss(t *testing.T) {
	cs := run(t, "About 40% of the 1,200 soldiers in the battalion were killed.", "2025-06-12", "")
	if len(cs) != 1 || *cs[0].Low != 480 {
		t.Errorf("got %+v, want the 480 alone", cs)
	}
	cs = run(t, "Half of the 60 soldiers killed were conscripts.", "2025-06-12", "")
	if len(cs) != 2 {
		t.Errorf("got %+v, want the 60 killed and their half", cs)
	}
}

// The time of what a figure is compared with is not the figure's; a war
// of a place the registry has no war for starts none of its wars; a
// figure compared to a rate is a rate.
func TestComparedTimesAndOtherWars(t *testing.T) {
	cs := run(t, "The war has killed at least 12,000 civilians in Ukraine, more than the siege of Sarajevo in 1992-95.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2022-02-24" {
		t.Errorf("got %+v, want the war's civilians since 2022-02-24", cs)
	}
	cs = run(t, "Since the invasion of Iraq, 200,000 civilians have been killed.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() == "2022-02-24" {
		t.Errorf("got %+v, want no start of Russia's invasion", cs)
	}
	cs = run(t, "Russian forces are suffering 1,500 casualties per day on average in 2025, compared to 1,200 in 2024.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Per != "day" || cs[1].PeriodStart.String() != "2024-01-01" {
		t.Errorf("got %+v, want 1,200 a day in 2024", cs)
	}
}

// "Three years into the war", "on the third anniversary of the
// invasion": a day counted from the start of the figure's war.
func TestWarAnniversary(t *testing.T) {
	tests := []struct{ text, start, end string }{
		{"On the third anniversary of Russia's invasion of Ukraine, the UN said 12,654 civilians had been killed.", "2022-02-24", "2025-02-24"},
		{"Three years into the war, the UN said 12,654 civilians had been killed in Ukraine.", "2022-02-24", "2025-02-24"},
		{"Eighteen months into the war, Gaza's health ministry said 40,000 Palestinians had been killed.", "2023-10-07", "2025-04-07"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].PeriodStart.String() != tt.start || cs[0].PeriodEnd.String() != tt.end {
			t.Errorf("%q: got %+v, want %s→%s", tt.text, cs, tt.start, tt.end)
		}
	}
}

// Small shapes: a name's glued number is no figure before the toll;
// arrests are no losses; "killing or wounding" is either; "well over" is
// a bound.
func TestSmallShapes(t *testing.T) {
	if cs := run(t, "The death toll from clashes with M23 rebels rose to 52 on Saturday.", "2025-06-12", ""); len(cs) != 1 || *cs[0].Low != 52 || cs[0].Category != "killed" {
		t.Errorf("got %+v, want the toll of 52", cs)
	}
	if cs := run(t, "Security forces killed two suspects and arrested six in raids.", "2025-06-12", ""); len(cs) != 1 || *cs[0].Low != 2 {
		t.Errorf("got %+v, want the two killed alone", cs)
	}
	if cs := run(t, "Ukrainian forces are killing or wounding 540 Russian soldiers per day.", "2025-06-12", ""); len(cs) != 1 || cs[0].Category != "casualties" {
		t.Errorf("got %+v, want casualties", cs)
	}
	if cs := run(t, "Russian casualties are well over 100,000.", "2025-06-12", ""); len(cs) != 1 || cs[0].Bound != "more_than" {
		t.Errorf("got %+v, want more than 100,000", cs)
	}
}

// Towns of more wars name their sides; an ally "alongside" is not whose
// losses; the police count their own people's dead.
func TestMorePlacesAndAllies(t *testing.T) {
	tests := []struct{ text, actor string }{
		{"Israeli strikes on Hodeida killed at least four people, the Houthi-run health ministry said on Wednesday.", "Yemen"},
		{"Gunmen killed 40 villagers in Zamfara.", "Nigeria"},
		{"North Korean troops fighting alongside Russian forces in Kursk have suffered about 4,700 casualties.", "North Korea"},
		{"Gunmen attacked the village on Tuesday. The Zamfara State Police Command confirmed the attack but put the death toll at 30.", "Nigeria"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) == 0 || cs[len(cs)-1].Actor != tt.actor {
			t.Errorf("%q: got %+v, want %s's", tt.text, cs, tt.actor)
		}
	}
}

// A part's side in an aside after the whole is the part's alone, and
// the part keeps the side named right after its figure.
func TestAsidePartSideAfter(t *testing.T) {
	cs := run(t, "Israeli strikes killed 12 people in Lebanon on Tuesday, including nine Hezbollah members.", "2025-06-12", "")
	if len(cs) != 2 || cs[0].Actor != "Lebanon" || cs[1].Actor != "Hezbollah" {
		t.Errorf("got %+v, want Lebanon's 12 and Hezbollah's nine", cs)
	}
	cs = run(t, "Seventeen peacekeepers were killed, among them 13 South African soldiers.", "2025-02-03", "")
	if len(cs) != 2 || cs[0].Actor == "South Africa" || cs[1].Actor != "South Africa" {
		t.Errorf("got %+v, want the 13 alone South Africa's", cs)
	}
}

// A time that opens the sentence: the losses' when the losses follow
// it, the statement's when a speaker follows it and tells a total.
func TestFrontedTimeLossesOrStatement(t *testing.T) {
	cs := run(t, "In May, Russian losses exceeded 42,000 troops, the ministry said.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2025-05-01" || cs[0].PeriodEnd.String() != "2025-05-31" {
		t.Errorf("got %+v, want May's losses", cs)
	}
	cs = run(t, "In February 2024, Zelensky said 31,000 Ukrainian troops had died.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2022-02-24" || cs[0].PeriodEnd.String() != "2024-02-29" {
		t.Errorf("got %+v, want the total as of February 2024", cs)
	}
}

// "A Washington-based rights group, HRANA, put the toll at 406": the
// name in apposition before a noun-like verb speaks.
func TestAppositionBeforePut(t *testing.T) {
	cs := run(t, "Iran's health ministry said 224 people were killed. A Washington-based human rights group, HRANA, put the death toll in Iran at 406.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Source != "HRANA" {
		t.Errorf("got %+v, want the 406 from HRANA", cs)
	}
}

// "Of the 20 missiles, 19 were intercepted": the whole the sentence
// opens on was fired, its part downed.
func TestWholeOpeningFired(t *testing.T) {
	for _, text := range []string{
		"Russia launched 20 missiles overnight. Of the 20 missiles, 19 were intercepted.",
		"Of the 20 missiles, 19 were intercepted.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || *cs[0].Low != 19 || cs[0].Category != "equipment:missiles" {
			t.Errorf("%q: got %+v, want the 19 missiles alone", text, cs)
		}
	}
}

// What a counter of losses counts is lost, whatever its verb of
// counting: "Oryx has documented 3,400 Russian tanks".
func TestLossCounterCounts(t *testing.T) {
	for _, text := range []string{
		"Oryx has documented 3,400 Russian tanks.",
		"Oryx lists 3,400 Russian tanks.",
		"Oryx's tally of Russian tanks has reached 3,400.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Category != "equipment:tanks" || cs[0].Actor != "Russia" {
			t.Errorf("%q: got %+v, want Russia's 3,400 tanks", text, cs)
		}
	}
	if cs := run(t, "Ukraine has received 31 Abrams tanks, according to Oryx.", "2025-06-12", ""); len(cs) != 0 {
		t.Errorf("got %+v, want no loss in a delivery", cs)
	}
}

// Tables: a header of sides gives each column's figures their side; a
// column of "losses" under a row of equipment is that equipment's.
func TestTableSidesAndRowEquipment(t *testing.T) {
	for _, text := range []string{
		"<table><tr><th>Losses since February 2022</th><th>Russia</th><th>Ukraine</th></tr><tr><td>Tanks</td><td>4,300</td><td>1,200</td></tr></table>",
		"| Losses | Russia | Ukraine |\n|---|---|---|\n| Tanks | 4,300 | 1,200 |\n",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 2 || cs[0].Actor != "Russia" || cs[1].Actor != "Ukraine" || cs[1].Category != "equipment:tanks" {
			t.Errorf("%q: got %+v, want Russia's and Ukraine's tanks", text, cs)
		}
	}
	cs := run(t, "<table><tr><th>Type</th><th>Russian losses</th></tr><tr><td>Tanks</td><td>4,100</td></tr><tr><td>Personnel</td><td>900,000</td></tr></table>", "2025-06-12", "")
	if len(cs) != 2 || cs[0].Category != "equipment:tanks" || cs[1].Category != "casualties" {
		t.Errorf("got %+v, want tanks, then personnel", cs)
	}
}

// "since mid-March": the middle of the latest such month.
func TestSinceMidMonth(t *testing.T) {
	cs := run(t, "US strikes have killed more than 200 people in Yemen since mid-March.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2025-03-15" {
		t.Errorf("got %+v, want from 15 March 2025", cs)
	}
}

// "since the ceasefire": from the day the figure's war ended, or its
// latest truce before the text.
func TestSinceCeasefire(t *testing.T) {
	tests := []struct{ text, pub, start string }{
		{"Israeli strikes have killed 180 people in Lebanon since the ceasefire.", "2025-06-12", "2024-11-27"},
		{"Israeli strikes have killed 360 people in Gaza since the ceasefire.", "2025-12-12", "2025-10-10"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, tt.pub, "")
		if len(cs) != 1 || cs[0].PeriodStart.String() != tt.start || cs[0].PeriodEnd.String() != tt.pub {
			t.Errorf("%q: got %+v, want %s→%s", tt.text, cs, tt.start, tt.pub)
		}
	}
}

// A share with its value written out takes its own verb's category;
// losses taken are the taker's; "a total of" sums the parts before it.
func TestShareVerbTakenAndTotal(t *testing.T) {
	cs := run(t, "Russia has suffered about 1,000,000 casualties. Roughly 40% of the total, or 400,000, were killed.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Category != "killed" || *cs[1].Low != 400000 {
		t.Errorf("got %+v, want 400,000 killed", cs)
	}
	cs = run(t, "The Russian army took 160,000 casualties in 2024.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Actor != "Russia" {
		t.Errorf("got %+v, want Russia's casualties", cs)
	}
	cs = run(t, "According to the IDF, 400 soldiers have been killed and 2,500 wounded, a total of 2,900 casualties.", "2025-06-12", "")
	if len(cs) != 3 || cs[2].Actor != "Israel" || cs[2].Category != "casualties" {
		t.Errorf("got %+v, want Israel's 2,900 casualties", cs)
	}
}

// "one in three of whom were killed": a share said as so many in so
// many, of the figure just given.
func TestOneInNShare(t *testing.T) {
	for _, text := range []string{
		"Russia has suffered about 900,000 casualties, one in three of whom were killed.",
		"Russia has suffered about 900,000 casualties. One in three of them were killed.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 2 || cs[1].Category != "killed" || *cs[1].Low != 300000 {
			t.Errorf("%q: got %+v, want 300,000 killed", text, cs)
		}
	}
}

// "by the end of the year" is a day to come, no span of the figures
// beside it; "the year to date" is this year so far.
func TestEndOfYearAndYearToDate(t *testing.T) {
	cs := run(t, "The Gaza health ministry reports 54,000 dead and warns the toll could reach 70,000 by the end of the year.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2023-10-07" {
		t.Errorf("got %+v, want the 54,000 since the war began", cs)
	}
	cs = run(t, "Russia has lost 190,000 troops for the year to date.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2025-01-01" {
		t.Errorf("got %+v, want this year so far", cs)
	}
}

// "the ministry at the time claimed", "the army in a statement said":
// the speaker before a phrase of when or how it spoke.
func TestSpeakerBeforeTimePhrase(t *testing.T) {
	cs := run(t, "Russia's Defence Ministry at the time claimed that Ukraine had lost more than 150,000 servicemen.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Source != "Ministry of Defence of the Russian Federation" {
		t.Errorf("got %+v, want Russia's ministry", cs)
	}
	cs = run(t, "Among the identified dead were 7,797 children, according to the ministry.", "2025-06-12", "")
	for _, c := range cs {
		if c.Source == "Among" {
			t.Errorf("got %+v, want no source \"Among\"", cs)
		}
	}
}

// West Bank towns name their side; the remains of hostages are the
// dead's.
func TestWestBankAndHostageRemains(t *testing.T) {
	cs := run(t, "Israeli forces killed two Palestinians in Jenin on Wednesday.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Actor != "Palestinians in the West Bank" {
		t.Errorf("got %+v, want the West Bank's", cs)
	}
	cs = run(t, "Israel has recovered the remains of 41 hostages since the start of the war.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Category != "killed" || cs[0].Actor != "Israel" {
		t.Errorf("got %+v, want 41 of Israel's dead", cs)
	}
}

// "Israeli strikes killed 50 people in Iran": the land of one of the
// doer's enemies where the dead were, over the doer's usual enemy.
func TestEnemyLandOverUsualEnemy(t *testing.T) {
	tests := []struct{ text, actor string }{
		{"Israeli strikes killed 50 people in Iran, state media said.", "Iran"},
		{"Iranian missiles killed 28 people in Israel.", "Israel"},
		{"Iran's health ministry said that 1,062 people were killed in Israeli and American strikes.", "Iran"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-25", "")
		if len(cs) != 1 || cs[0].Actor != tt.actor {
			t.Errorf("%q: got %+v, want %s's", tt.text, cs, tt.actor)
		}
	}
}

// "…, and Ukraine about 400,000": the same count of another side, led
// by its name after "and".
func TestSideLedEllipsis(t *testing.T) {
	for _, tt := range []struct {
		text, category string
		low            float64
	}{
		{"Russia has lost around 900,000 troops killed or wounded, and Ukraine about 400,000.", "casualties", 400000},
		{"Russian forces lost 45 soldiers and Ukraine 12 in the assault.", "casualties", 12},
		{"Russia lost 3,000 tanks and Ukraine 1,100, according to Oryx.", "equipment:tanks", 1100},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 2 || cs[1].Actor != "Ukraine" || cs[1].Category != tt.category || *cs[1].Low != tt.low {
			t.Errorf("%q: got %+v, want Ukraine's %s %v second", tt.text, cs, tt.category, tt.low)
		}
	}
}

// "The war has cost Russia 200,000 soldiers": people lost at a price.
func TestCostPeople(t *testing.T) {
	for _, text := range []string{
		"The war has cost Russia 200,000 soldiers.",
		"Israel's ground offensive in Gaza has since cost the IDF more than 430 soldiers, according to the Israeli military.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Category != "casualties" {
			t.Errorf("%q: got %+v, want one casualties claim", text, cs)
		}
	}
}

// A contrast opens another clause: what was built after "but" does not
// veto what was lost before it.
func TestContrastClauseNoVeto(t *testing.T) {
	for _, text := range []string{"Russia lost 1,400 tanks but built 450.", "Russia lost 1,400 tanks while producing 450."} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || *cs[0].Low != 1400 || cs[0].Category != "equipment:tanks" {
			t.Errorf("%q: got %+v, want the 1,400 tanks lost", text, cs)
		}
	}
}

// "verified 106,745 names of Russian soldiers killed": a count by name
// of the people the names are of, a floor.
func TestNamesOf(t *testing.T) {
	cs := run(t, "The BBC Russian service has verified 106,745 names of Russian soldiers killed in Ukraine.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Category != "killed" || cs[0].Actor != "Russia" || cs[0].Bound != attrition.BoundAtLeast {
		t.Errorf("got %+v, want at least 106,745 Russian dead", cs)
	}
}

// A list of one verb's figures by place, the middle ones after commas:
// "lost up to 1,455 troops in the Sever zone, up to 1,630 in the Zapad
// zone and over 2,260 in the Tsentr zone".
func TestPlaceListEllipsis(t *testing.T) {
	cs := run(t, "During the week, the AFU lost up to 1,455 troops in the Sever zone, up to 1,630 in the Zapad zone and over 2,260 in the Tsentr zone.", "2025-06-12", "Ministry of Defence of the Russian Federation")
	if len(cs) != 3 || cs[1].High == nil || *cs[1].High != 1630 || cs[1].Category != "casualties" || cs[1].Actor != "Ukraine" {
		t.Errorf("got %+v, want three zones' losses", cs)
	}
}

// Weapons downed after a launch told in the sentence before are the
// launcher's, whether it "launched" them or "attacked with" them.
func TestDownedAfterAttackWith(t *testing.T) {
	cs := run(t, "Overnight, Russia attacked with 479 drones and 20 missiles. Air defence shot down 277 drones and 19 missiles.", "2025-06-12", "")
	if len(cs) != 2 || cs[0].Actor != "Russia" || cs[1].Actor != "Russia" {
		t.Errorf("got %+v, want Russia's drones and missiles", cs)
	}
}

// A part downed of a launch of two kinds is of the kind that can hold
// it: 718 of "728 drones and 13 missiles" are drones, "neutralised" or
// "shot down or jammed".
func TestDownedPartOfMixedLaunch(t *testing.T) {
	for _, text := range []string{
		"Russia attacked Ukraine overnight with 728 drones and 13 missiles; 718 were neutralised.",
		"Russia launched 741 drones and decoys and 13 missiles overnight, Ukraine's air force said. Air defences shot down or jammed 718 of them.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Category != "equipment:drones" || cs[0].Actor != "Russia" {
			t.Errorf("%q: got %+v, want 718 Russian drones", text, cs)
		}
	}
}

// "daily losses" over a span named are a rate; on a day named, that
// day's count.
func TestDailyLossesRate(t *testing.T) {
	cs := run(t, "Russia's daily losses fell to about 900 in June.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Per != attrition.PerDay {
		t.Errorf("got %+v, want 900 a day in June", cs)
	}
	cs = run(t, "Russia's daily losses on Tuesday were 1,200.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Per != "" {
		t.Errorf("got %+v, want Tuesday's count", cs)
	}
}

// "12 civilians on Monday and 9 on Tuesday": the same count of another
// day.
func TestDayEllipsis(t *testing.T) {
	cs := run(t, "Russian strikes killed 12 civilians on Monday and 9 on Tuesday.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Category != "killed" || cs[1].PeriodStart.String() != "2025-06-10" {
		t.Errorf("got %+v, want 9 killed on Tuesday second", cs)
	}
	// (Its period is still the first span's: a known gap.)
	cs = run(t, "Russia lost 6,120 troops on 1-7 June and 7,480 on 8-11 June.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Category != "casualties" || *cs[1].Low != 7480 {
		t.Errorf("got %+v, want 7,480 casualties second", cs)
	}
}

// A tally's lines with the day's increments are losses, with no word of
// loss and no personnel line before them.
func TestTallyLinesWithoutLossWord(t *testing.T) {
	cs := run(t, "General Staff update: tanks – 10,914 (+7); artillery systems – 28,961 (+24).", "2025-06-12", "General Staff of the Armed Forces of Ukraine")
	if len(cs) != 4 || cs[0].Category != "equipment:tanks" || cs[0].Actor != "Russia" || cs[3].Category != "equipment:artillery" {
		t.Errorf("got %+v, want tanks and artillery with their increments", cs)
	}
}

// "died in Israeli custody": the holders' side is not whose dead.
func TestDiedInCustody(t *testing.T) {
	cs := run(t, "Eight detainees died in Israeli custody.", "2025-06-20", "")
	if len(cs) != 1 || cs[0].Actor == "Israel" {
		t.Errorf("got %+v, want no Israeli dead", cs)
	}
}

// What is said starts a clause of its own: a word of no loss in the
// speaker's name ("agency for Palestinian refugees") vetoes nothing.
func TestSaidThatStartsClause(t *testing.T) {
	cs := run(t, "The United Nations agency for Palestinian refugees said that more than 310 of its staff members have been killed in Gaza.", "2025-06-12", "")
	if len(cs) != 1 || *cs[0].Low != 310 {
		t.Errorf("got %+v, want the 310 staff killed", cs)
	}
}

// "deaths from famine": the cause of the deaths, no count of the
// hungry; "500,000 people face famine" stays none.
func TestDeathsFromFamine(t *testing.T) {
	cs := run(t, "Two more children died of malnutrition, raising the number of deaths from famine and malnutrition since the war began to 57.", "2025-06-12", "")
	if len(cs) != 2 || *cs[1].Low != 57 {
		t.Errorf("got %+v, want the 57 deaths", cs)
	}
	if cs := run(t, "Some 500,000 people face famine in Gaza.", "2025-06-12", ""); len(cs) != 0 {
		t.Errorf("got %+v, want none", cs)
	}
}

// "The Kremlin said": the seat that speaks as its own body.
func TestKremlinSpeaks(t *testing.T) {
	cs := run(t, "The Kremlin claimed that Ukraine had lost 150,000 servicemen.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Source != "Kremlin" || cs[0].Actor != "Ukraine" {
		t.Errorf("got %+v, want Ukraine's losses from the Kremlin", cs)
	}
}

// "About 225,000 (25%) were killed": a share in brackets after the
// figure stands between it and its verb.
func TestShareAsideBeforeVerb(t *testing.T) {
	cs := run(t, "Russia has lost 900,000 troops. About 225,000 (25%) were killed.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Category != "killed" || *cs[1].Low != 225000 {
		t.Errorf("got %+v, want 225,000 killed", cs)
	}
}

// "Russian forces have suffered 45,000 casualties": a side named as its
// forces, the subject of its own losses, counts soldiers.
func TestForcesSubjectMilitary(t *testing.T) {
	for _, text := range []string{
		"Russian forces have likely suffered 45,000 casualties since January.",
		"The Russian army has lost about 212,000 men killed.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Population != attrition.PopulationMilitary {
			t.Errorf("%q: got %+v, want military", text, cs)
		}
	}
}

// "Zelensky: 46,000 Ukrainian soldiers killed": a headline's speaker
// the reporting knows by name.
func TestHeadlineOfficialSpeaks(t *testing.T) {
	cs := run(t, "Zelensky: 46,000 Ukrainian soldiers killed since the start of the war", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Source != "Zelensky" {
		t.Errorf("got %+v, want Zelensky's figure", cs)
	}
}

// "lost 40 armoured vehicles and 500 men": men beside matériel are an
// item of the same list of losses.
func TestMenBesideMateriel(t *testing.T) {
	cs := run(t, "Russia lost 40 armoured vehicles and 500 men.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Category != "casualties" || *cs[1].Low != 500 {
		t.Errorf("got %+v, want 500 men lost too", cs)
	}
}

// A rate restated as a total, and a total restated as a rate, in the
// same sentence: ", or about 39,000 over the month", ", about 1,060 a
// day".
func TestRateAndTotalRestated(t *testing.T) {
	cs := run(t, "In May, Russia lost an average of 1,262 soldiers a day, or about 39,000 over the month.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Per != "" || *cs[1].Low != 39000 || cs[1].PeriodStart.String() != "2025-05-01" {
		t.Errorf("got %+v, want 39,000 over May", cs)
	}
	cs = run(t, "Russia lost 160,000 troops in the first five months of 2025, about 1,060 a day.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Per != "day" || *cs[1].Low != 1060 {
		t.Errorf("got %+v, want 1,060 a day", cs)
	}
}

// "Half of the 600,000 Russian casualties, or 300,000, …": the share's
// value is read with the share, not again after its whole.
func TestShareValueOnce(t *testing.T) {
	cs := run(t, "Half of the 600,000 Russian casualties, or 300,000, are thought to be killed or missing.", "2025-06-12", "")
	if len(cs) != 2 || cs[0].Category != "killed_or_missing" || cs[1].Category != "casualties" || *cs[1].Low != 600000 {
		t.Errorf("got %+v, want the share and its whole once each", cs)
	}
}

// "has probably not lost more than 200": the "not" turns the bound
// round, and the estimate is of that (probably at most 200), not of its
// opposite as well.
func TestNegatedEstimateOnce(t *testing.T) {
	cs := run(t, "Russia has probably not lost more than 200 helicopters since the invasion.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Bound != "more_than" || cs[0].Likelihood != "probably not" {
		t.Errorf("got %+v, want probably not more than 200", cs)
	}
	// A "not" of no estimative word still turns the bound round.
	cs = run(t, "Russia has not lost more than 200 helicopters since the invasion.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Bound != "at_most" || cs[0].Likelihood != "" {
		t.Errorf("got %+v, want at most 200", cs)
	}
	cs = run(t, "Russia has probably not lost 1,000 tanks.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Likelihood != "probably not" {
		t.Errorf("got %+v, want probably not", cs)
	}
}

// "is unlikely to have lost as many as 500 aircraft": what is judged
// unlikely is reaching 500, so the claim is at least 500.
func TestUnlikelyAsManyAs(t *testing.T) {
	cs := run(t, "Russia is unlikely to have lost as many as 500 aircraft.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Bound != "at_least" || *cs[0].Low != 500 || cs[0].Likelihood != "unlikely" {
		t.Errorf("got %+v, want unlikely at least 500", cs)
	}
	if cs := run(t, "As many as 400 soldiers were killed.", "2025-06-12", ""); len(cs) != 1 || cs[0].Bound != "at_most" {
		t.Errorf("got %+v, want at most 400", cs)
	}
}

// "a remote chance" under ICD 203 is its "remote", 1–5%, not PHIA's
// band borrowed for want of the article.
func TestRemoteChanceICD(t *testing.T) {
	y, err := yardstick.Get(yardstick.ICD203)
	if err != nil {
		t.Fatal(err)
	}
	x := New(Options{Published: attrition.MustDate("2025-06-12"), Yardstick: y})
	cs, err := x.Extract([]byte("There is a remote chance that Russia has lost 1,000 tanks."))
	if err != nil || len(cs) != 1 || cs[0].Probability == nil || cs[0].Probability[0] != 0.01 {
		t.Errorf("got %+v (%v), want 1–5%%", cs, err)
	}
}

// "hit 41 Russian aircraft at four air bases": the bases are places
// counted, no aircraft.
func TestBasesCounted(t *testing.T) {
	cs := run(t, "Ukrainian drones hit 41 Russian aircraft at four air bases.", "2025-06-12", "")
	if len(cs) != 1 || *cs[0].Low != 41 {
		t.Errorf("got %+v, want the 41 aircraft alone", cs)
	}
}

// The attackers are no losses: "Gunmen numbering about 200 killed 38
// villagers", "an attack by hundreds of terrorists"; a tally's "12
// killed 40 wounded" keeps both.
func TestAttackersNotLosses(t *testing.T) {
	tests := []struct {
		text string
		n    int
	}{
		{"Gunmen numbering about 200 killed 38 villagers in Zamfara.", 1},
		{"At least 34 soldiers were killed in an attack by hundreds of terrorists on the base.", 1},
		{"Kharkiv: 12 killed 40 wounded", 2},
	}
	for _, tt := range tests {
		if cs := run(t, tt.text, "2025-06-12", ""); len(cs) != tt.n {
			t.Errorf("%q: got %+v, want %d claims", tt.text, cs, tt.n)
		}
	}
}

// "four people were killed in Tubas": a town's dead told in the simple
// past, with no day, are the news of the past day in a war that goes on.
func TestTownEventPastDay(t *testing.T) {
	cs := run(t, "Palestinian health officials said four people were killed in Tubas.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2025-06-11" || cs[0].PeriodEnd.String() != "2025-06-12" {
		t.Errorf("got %+v, want 11–12 June", cs)
	}
	cs = run(t, "Some 4,000 people have been killed in Kharkiv.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].PeriodStart.String() != "2022-02-24" {
		t.Errorf("got %+v, want a running total", cs)
	}
}

// "rose by 25,000 in 2024, to 88,000": the time of the rise is the day
// the new total stood.
func TestRisenByInSpanTo(t *testing.T) {
	cs := run(t, "Mediazona's tally of named Russian dead rose by 25,000 in 2024, to 88,000.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].PeriodStart.String() != "2022-02-24" || cs[1].PeriodEnd.String() != "2024-12-31" {
		t.Errorf("got %+v, want the 88,000 as of the end of 2024", cs)
	}
}

// Key-figure cards: "<div>55,104</div><div>Palestinians killed in
// Gaza</div>", a large figure alone in its block, then its label.
func TestKeyFigureCards(t *testing.T) {
	cs := run(t, `<div class="kf"><div>55,104</div><div>Palestinians killed in Gaza</div></div><div><div>127,394</div><div>wounded</div></div>`, "2025-06-12", "")
	if len(cs) != 2 || *cs[0].Low != 55104 || cs[0].Category != "killed" || *cs[1].Low != 127394 || cs[1].Category != "wounded" {
		t.Errorf("got %+v, want 55,104 killed and 127,394 wounded", cs)
	}
	for _, c := range cs {
		if want := string([]byte(`<div class="kf"><div>55,104</div><div>Palestinians killed in Gaza</div></div><div><div>127,394</div><div>wounded</div></div>`)[c.Span[0]:c.Span[1]]); c.Quote != want {
			t.Errorf("quote %q is not the input at its span %q", c.Quote, want)
		}
	}
	// A definition list: each term and its figure.
	cs = run(t, "<dl><dt>Killed in Gaza</dt><dd>55,104</dd><dt>Wounded</dt><dd>127,394</dd></dl>", "2025-06-12", "")
	if len(cs) != 2 || cs[0].Category != "killed" || cs[1].Category != "wounded" {
		t.Errorf("got %+v, want the terms' figures", cs)
	}
	// A small number or a year alone in its block is no key figure.
	cs = run(t, "<div>12</div><p>Russian strikes killed 5 people in Kharkiv.</p>", "2025-06-12", "")
	if len(cs) != 1 || *cs[0].Low != 5 {
		t.Errorf("got %+v, want the 5 alone", cs)
	}
}

// "Hamas's October 7 attack killed about 1,200 people": the day of the
// deed stands between the doer and its attack, and dates the toll.
func TestDatedDeedOfDoer(t *testing.T) {
	cs := run(t, "Hamas's October 7 attack killed about 1,200 people.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Actor != "Israel" || cs[0].PeriodStart.String() != "2023-10-07" || cs[0].PeriodEnd.String() != "2023-10-07" {
		t.Errorf("got %+v, want Israel's dead of 7 October 2023", cs)
	}
	cs = run(t, "Hamas's October 7, 2023 attack on Israel resulted in the deaths of 1,219 people, according to an AFP tally.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Actor != "Israel" || cs[0].PeriodStart.String() != "2023-10-07" {
		t.Errorf("got %+v, want Israel's dead of 7 October 2023", cs)
	}
	cs = run(t, "Russia's Monday strike on Kyiv killed 23 people.", "2025-06-12", "")
	if len(cs) != 1 || cs[0].Actor != "Ukraine" {
		t.Errorf("got %+v, want Ukraine's dead", cs)
	}
}

// A newspaper's place names no side: "a Kyiv Independent tally" of
// Russia's losses is Russia's, whether or not read as the source.
func TestOutletNamesNoSide(t *testing.T) {
	for _, text := range []string{
		"Russia's personnel losses reached 771,110, Ukraine's General Staff said. By a Kyiv Independent tally of the General Staff's daily reports, December's losses are averaging 1,570 a day so far.",
		"Russia's personnel losses reached 771,110, Ukraine's General Staff said. December's losses are averaging 1,570 a day so far, according to a Kyiv Independent tally.",
	} {
		cs := run(t, text, "2024-12-20", "")
		if len(cs) != 2 || cs[1].Actor != "Russia" {
			t.Errorf("%q: got %+v, want the 1,570 a day to be Russia's", text, cs)
		}
	}
}

// "Name, <Body>'s <title>, said": the body the person speaks for; not a
// place ("Kharkiv's governor") nor a bare kind ("the military's").
func TestTitleOfBody(t *testing.T) {
	tests := []struct{ text, source string }{
		{"Sonia Khush, Save the Children's Ukraine director, said 97 children were killed.", "Save the Children"},
		{"Oleh Syniehubov, Kharkiv's governor, said 3 people were killed.", "Oleh Syniehubov"},
		{"The Borno State Emergency Management Agency said 18 people died. Barkindo Saidu, the agency's director general, later put the toll at 32.", "Borno State Emergency Management Agency"},
		// A spokesman in apposition speaks for his body, as one
		// named before his name does.
		{"Daniel Hagari, an IDF spokesman, said 20 Hamas fighters were killed on Tuesday.", "Israel Defense Forces"},
		{"Nabil Abdullah, a spokesman for the Sudanese army, said 40 RSF fighters were killed.", "Sudanese Armed Forces"},
		{"Igor Konashenkov, the Russian Defence Ministry spokesman, said 300 Ukrainian soldiers were killed.", "Ministry of Defence of the Russian Federation"},
		// A bare kind that the text resolves to no body leaves the
		// spokesman himself.
		{"Daniel Hagari, the military's spokesman, said 20 Hamas fighters were killed.", "Daniel Hagari"},
		{"Israeli troops pushed into Khan Younis. Daniel Hagari, the military's spokesman, said 20 Hamas fighters were killed.", "Israel Defense Forces"},
		// A rank between the office and the name.
		{"The Israeli military said 11 soldiers were killed. Chief military spokesman Rear Adm. Daniel Hagari said troops had killed dozens of militants.", "Israel Defense Forces"},
	}
	for _, tt := range tests {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) == 0 || cs[len(cs)-1].Source != tt.source {
			t.Errorf("%q: got %+v, want the last claim from %q", tt.text, cs, tt.source)
		}
	}
}

// "In Lebanon, the health ministry said": the ministry of the place the
// sentence opens in, not the one named before.
func TestMinistryOfPlace(t *testing.T) {
	cs := run(t, "Israeli strikes killed 43 Palestinians in Gaza, the health ministry said.\n\nIn Lebanon, the health ministry said an Israeli drone strike on a car near Tyre killed three people.", "2025-08-06", "")
	if len(cs) != 2 || cs[1].Actor != "Lebanon" || cs[1].Source != "Lebanon's health ministry" {
		t.Errorf("got %+v, want the three to be Lebanon's, from Lebanon's health ministry", cs)
	}
}

// "in the previous day" is the past day, after another side's past 24
// hours too.
func TestPreviousDayIsPastDay(t *testing.T) {
	cs := run(t, "Russian forces lost 1,240 troops over the past 24 hours, Ukraine's General Staff said on Friday.\n\nRussia's defence ministry said Ukraine had lost up to 1,500 servicemen in the previous day.", "2025-03-14", "")
	if len(cs) != 2 || cs[1].PeriodStart.String() != "2025-03-13" || cs[1].PeriodEnd.String() != "2025-03-14" {
		t.Errorf("got %+v, want the 1,500 over 13–14 March", cs)
	}
}

// "had been wounded … on the same day": the day of the figure before,
// not a running total to it.
func TestSameDayAfterHadBeen(t *testing.T) {
	cs := run(t, "Russia lost 1,200 troops on Thursday. Three people had been wounded in Kherson on the same day.", "2025-03-14", "")
	if len(cs) != 2 || cs[1].PeriodStart.String() != "2025-03-13" || cs[1].PeriodEnd.String() != "2025-03-13" {
		t.Errorf("got %+v, want the three wounded on 13 March", cs)
	}
}

// "It also lists 11,020 tanks" after a tally sentence: the same tally
// goes on.
func TestTallyGoesOn(t *testing.T) {
	cs := run(t, "Ukraine's General Staff puts Russian losses since the invasion at 1,021,350 personnel. It also lists 11,020 tanks.", "2025-07-10", "")
	if len(cs) != 2 || cs[1].Category != "equipment:tanks" || cs[1].Actor != "Russia" || cs[1].Source != "General Staff of the Armed Forces of Ukraine" {
		t.Errorf("got %+v, want the General Staff's 11,020 Russian tanks too", cs)
	}
}

// A part with no time of its own after it has its whole's: "bringing
// the total to 227, of whom 103 are children".
func TestPartTakesWholesTime(t *testing.T) {
	cs := run(t, "In the past 24 hours, five deaths from malnutrition were recorded in Gaza, bringing the total to 227, of whom 103 are children.", "2025-08-12", "")
	if len(cs) != 3 || cs[2].PeriodStart != cs[1].PeriodStart || cs[2].PeriodEnd != cs[1].PeriodEnd || cs[1].PeriodStart == cs[0].PeriodStart {
		t.Errorf("got %+v, want the 103 over the 227's period, not the day's", cs)
	}
}

// "Of the 40 missiles Russia fired overnight, 35 were shot down": the
// part shot down is a loss of the launcher's, though the whole was fired.
func TestPartOfLaunchedShotDown(t *testing.T) {
	cs := run(t, "Of the 40 missiles Russia fired overnight, 35 were shot down.", "2024-05-20", "")
	if len(cs) != 1 || cs[0].Actor != "Russia" || cs[0].Category != "equipment:missiles" || *cs[0].Low != 35 {
		t.Errorf("got %+v, want Russia's 35 missiles", cs)
	}
}

// TestSideAndSource holds whose losses a figure counts and who gave it,
// one case per shape of reporting: the claim at index nth of the text,
// with its actor and source ("-" leaves a field unchecked).
func TestSideAndSource(t *testing.T) {
	for _, tt := range []struct {
		text, src     string
		nth           int
		actor, source string
	}{
		// The war waged, named by its waging side, kills the other side's
		// people; so does an insurgency; the doer with its helpers.
		{"Israel's military campaign has killed at least 55,104 people in Gaza, mostly civilians, according to the territory's health ministry.", "", 0, "Palestinians in Gaza", "-"},
		{"Russia's invasion has killed more than 13,000 civilians in Ukraine, according to the UN.", "", 0, "Ukraine", "-"},
		{"Israel's response has killed tens of thousands in Gaza, the ministry said.", "", 0, "Palestinians in Gaza", "-"},
		{"The Boko Haram insurgency has killed more than 40,000 people in northeast Nigeria.", "", 0, "Nigeria", "-"},
		{"The RSF and its allies killed 280 people in Al-Nuhud.", "", 0, "Sudan (civilians)", "-"},
		{"The RSF and allied militias killed 280 people in Al-Nuhud.", "", 0, "Sudan (civilians)", "-"},
		// A state striking its own land kills its own people; eastern
		// Congo is DR Congo.
		{"An Ethiopian drone strike killed 50 civilians in Amhara region.", "", 0, "Ethiopia", "-"},
		{"Fighting in eastern Congo killed 40 people.", "", 0, "DR Congo", "-"},
		{"Ukrainian drones killed 5 people in Belgorod.", "", 0, "Russia", "-"},
		// Others are of the people just counted; an ally's soldiers are
		// its own; a side after "while" is another clause's.
		{"The IDF said two soldiers were killed and three others seriously wounded in northern Gaza.", "", 1, "Israel", "-"},
		{"About 300 North Korean soldiers had been killed and 2,700 wounded fighting for Russia.", "", 1, "North Korea", "-"},
		{"Ukraine said its forces had killed 300 North Korean soldiers and wounded 2,700, while its own losses were not disclosed.", "", 1, "North Korea", "-"},
		{"Russian strikes killed two civilians in Sumy on Monday, officials said, while Russian troops remain massed across the border.", "", 0, "Ukraine", "-"},
		{"Mediazona has documented 17,000 deaths among convicts recruited by Wagner.", "", 0, "Russia", "-"},
		// The speaker's own: "said it killed … and lost", an army's
		// wounded; no state's loss in an army's count of insurgents.
		{"Israel said it killed more than 100 Hamas fighters and lost four soldiers over the past week.", "", 1, "Israel", "-"},
		{"The IDF says 860 soldiers have died. More than 5,600 have been wounded.", "", 1, "Israel", "-"},
		{"The Malian army said about thirty terrorists were neutralised.", "", 0, "", "-"},
		// "the enemy" of an unnamed speaker, of Hamas's armed wing, of a
		// side that speaks.
		{"A Ukrainian commander said the enemy lost 300 men in the attack.", "", 0, "Russia", "-"},
		{"\"The enemy lost 300 men,\" a Russian commander said.", "", 0, "Ukraine", "-"},
		{"The Qassam Brigades said the enemy lost 10 soldiers in the ambush in Khan Younis.", "", 0, "Israel", "Qassam Brigades"},
		{"Hezbollah said the enemy lost 12 soldiers in southern Lebanon.", "", 0, "Israel", "-"},
		// Registry names in lower case, before "said" and after
		// "according to".
		{"The health ministry in the Hamas-run territory said at least 55,104 people had been killed since the war began.", "", 0, "Palestinians in Gaza", "Gaza Health Ministry"},
		{"At least 55,104 people have been killed, according to the health ministry in the Hamas-run territory.", "", 0, "Palestinians in Gaza", "Gaza Health Ministry"},
		{"The health ministry in the Gaza Strip said 40 people were killed on Tuesday.", "", 0, "-", "Gaza Health Ministry"},
		// Names in full: the Associated Press, names opened by "al-", a
		// name before a description in apposition, dotted initials.
		{"Russia lost 35,000 troops in May, the Associated Press reported.", "", 0, "-", "Associated Press"},
		{"Iraqi Prime Minister Mohammed Shia al-Sudani said 12 Iraqis were killed in the strike.", "", 0, "-", "Mohammed Shia al-Sudani"},
		{"Army chief Abdel Fattah al-Burhan said 12 soldiers were killed.", "", 0, "-", "Abdel Fattah al-Burhan"},
		{"The al-Qaeda-linked JNIM said it had killed more than 100 soldiers.", "", 0, "-", "JNIM"},
		{"HRANA, a U.S.-based rights group, said the Iranian death toll stood at 1,190.", "", 0, "-", "HRANA"},
		{"At least 40 people were killed in Haiti, the U.N. said.", "", 0, "-", "UN"},
		// An analyst's hedge between the doer and its verb.
		{"The RSF likely killed more than 1,500 people in El Fasher.", "", 0, "Sudan (civilians)", "-"},
		{"Hamas almost certainly killed around 1,200 people in Israel on October 7.", "", 0, "Israel", "-"},
		{"Ukrainian forces have likely inflicted around 6,000 casualties on Russian forces in Kursk.", "", 0, "Russia", "-"},
		// A body's paper, data or sources speak for it.
		{"A RUSI analysis estimates that Russia lost about 1,200 tanks this year.", "", 0, "-", "RUSI"},
		{"An ISW assessment says Russian forces have lost about 6,000 personnel in Kursk.", "", 0, "-", "ISW"},
		{"Pentagon documents estimate Russian casualties at 189,500 to 223,000.", "", 0, "-", "US Department of Defense"},
		{"SAF sources claim more than 1,000 RSF fighters were killed.", "", 0, "-", "Sudanese Armed Forces"},
		{"An Airwars investigation found that 3,000 civilians were killed in Gaza in October 2023.", "", 0, "-", "Airwars"},
		{"An ACLED analysis shows 50,000 deaths in Myanmar since the coup.", "", 0, "-", "ACLED"},
		// RSF among journalists' counts is the press group; a worldwide
		// count has no side.
		{"According to RSF, 54 journalists were killed in 2024.", "", 0, "-", "Reporters Without Borders"},
		{"The RSF killed 54 people in El Fasher, the army said.", "", 0, "Sudan (civilians)", "Sudanese Armed Forces"},
		{"CPJ counted 54 journalists killed worldwide in 2024, 18 of them in Gaza.", "", 0, "", "Committee to Protect Journalists"},
		// UCDP's "organised violence" and "global" deaths are the
		// world's, whatever country the text names next.
		{"UCDP recorded 160,000 deaths in organised violence in 2024. Ukraine was the deadliest conflict.", "", 0, "", "UCDP"},
		{"Global conflict deaths reached 160,000 in 2024. Ukraine accounted for nearly half.", "", 0, "", "-"},
		{"The Sudanese army said its forces killed more than 500 RSF fighters in Khartoum and lost 15 soldiers.", "", 1, "Sudan (SAF)", "-"},
		{"The Sudanese Armed Forces said its troops had killed 127 RSF fighters in Omdurman on Saturday, while losing 11 soldiers.", "", 1, "Sudan (SAF)", "-"},
		// The attacker's possessive past a word of time; a side named
		// only as the attacker counts its target's dead.
		{"Russia's overnight attack on Odesa killed 3 people.", "", 0, "Ukraine", "-"},
		// "Of these" is of the whole's side, whoever counted it.
		{"Russian forces suffered 20,000 casualties in May, Ukrainian officials said. Of these, about 8,000 were killed.", "", 1, "Russia", "-"},
		// Another speaker's figure for the losses just counted is of
		// their side, not the speaker's.
		{"Ukraine says 46,000 of its soldiers have been killed. Russia puts the figure at more than 400,000.", "", 1, "Ukraine", "Russia"},
		{"Hamas says 6,000 of its fighters have died. Israel's estimate is closer to 14,000.", "", 1, "Hamas", "-"},
		{"Zelensky said 46,000 Ukrainian soldiers had been killed. Western officials say the real number is closer to 80,000.", "", 1, "Ukraine", "-"},
		// The subject of a second predicate of loss, not the land it
		// took in the first.
		{"Russia took 4,000 square kilometres of Ukrainian territory in 2024 and suffered more than 430,000 casualties.", "", 0, "Russia", "-"},
		// An answer's category is the question's.
		{"Q: How many Ukrainian soldiers have been killed?\nA: About 31,000.", "", 0, "Ukraine", "-"},
		{"Asked how many Ukrainian soldiers had been killed, Zelensky said about 31,000.", "", 0, "Ukraine", "Zelensky"},
		// A rebuttal is not the claimant's.
		{"Senator Graham claimed that Russia had lost 600,000 soldiers killed. That is wrong: the real figure for deaths is closer to 200,000.", "", 1, "Russia", ""},
		{"Senator Graham claimed that Russia had lost 600,000 soldiers killed. In fact, most estimates put Russian deaths at 150,000 to 250,000.", "", 1, "Russia", ""},
		// "the armed aggression of the Russian Federation" names the
		// aggressor.
		{"As a result of the armed aggression of the Russian Federation, 630 children have been killed.", "", 0, "Ukraine", "-"},
		// A doer in another war's land: the land's dead, not the doer's
		// enemy at home.
		{"Wagner fighters killed 12 civilians in central Mali on Sunday.", "", 0, "Mali", "-"},
		// West Bank raids: the attack a verb names marks its doer; the
		// Ramallah ministry is not Gaza's; the raided camp's gunmen are
		// its own people, not Hamas.
		{"Israeli forces launched a raid on Jenin, killing 12 people.", "", 0, "Palestinians in the West Bank", "-"},
		{"Israeli forces pressed on with a large-scale raid on Tulkarm, as the Palestinian health ministry said the operation had killed 4 people.", "", 0, "Palestinians in the West Bank", "Palestinian Health Ministry"},
		{"The Israeli military said its forces had \"eliminated\" 10 gunmen during a raid on the Nur Shams camp in the occupied West Bank.", "", 0, "Palestinians in the West Bank", "Israel Defense Forces"},
		{"The Palestinian health ministry in Gaza said 52 people were killed in Israeli strikes overnight.", "", 0, "Palestinians in Gaza", "Gaza Health Ministry"},
		// The holder's captives are the other side's people.
		{"Hamas still holds 111 of the 251 hostages seized on 7 October.", "", 0, "Israel", "-"},
		// A side's weapon that kills in a town kills its people.
		{"Russian glide bomb kills two in Kharkiv", "", 0, "Ukraine", "-"},
		{"Russian rocket kills 4 in Sumy", "", 0, "Ukraine", "-"},
		// Two sides named together in the clause before: neither's alone.
		{"Russian and Ukrainian forces clashed near Pokrovsk on Monday; 300 soldiers were killed.", "", 0, "", "-"},
		// Drones and missiles are their launcher's: the toll after them
		// is of the place struck.
		{"Russian forces launched 50 drones at Odesa overnight; 40 were shot down. 3 people were killed.", "", 1, "Ukraine", "-"},
		// A hashtag is the post's topic, not whose losses.
		{"Russian missile strike on Kryvyi Rih kills 9, including 2 children. #Russia", "", 0, "Ukraine", "-"},
		// Drones shot down over a town are its enemy's.
		{"During the night, air defence forces shot down 40 drones over Belgorod.", "", 0, "Ukraine", "-"},
		// The part of the dead a speaker calls fighters is the armed
		// side's, not the speaker's.
		{"Israel says 20,000 of the dead were combatants.", "", 0, "Hamas", "Israel"},
		{"The IDF says about 20,000 of the dead in Gaza were fighters.", "", 0, "Hamas", "Israel Defense Forces"},
		// A unit's commander, unnamed, is no source; "we" are his side.
		{"\"We are losing 50 men a day,\" a Ukrainian brigade commander said in March.", "", 0, "Ukraine", ""},
		{"\"We lost 30 men that morning,\" a Ukrainian battalion commander said.", "", 0, "Ukraine", ""},
		// "Mr X" is the person named in full before; "Others" no one;
		// "had logged" a verb of counting.
		{"Volodymyr Zelensky said in February that 46,000 Ukrainian soldiers had been killed. Mr Zelensky added that 380,000 had been wounded.", "", 1, "Ukraine", "Volodymyr Zelensky"},
		{"Others put the toll at 60,000 Ukrainian soldiers killed.", "", 0, "Ukraine", ""},
		{"ACLED had logged about 28,700 fatalities in Khartoum by the end of 2024.", "", 0, "", "ACLED"},
		// A headline of one side's deed or losses names no speaker.
		{"IDF strike on Gaza school: 30 killed, including 12 children.", "", 0, "Palestinians in Gaza", ""},
		{"RSF losses in El Fasher: 1,500 fighters killed, per SAF.", "", 0, "Sudan (RSF)", "Sudanese Armed Forces"},
		// Fire "from" a land came from the attacker's side.
		{"The IDF said 3 soldiers were wounded by an anti-tank missile fired from Lebanon.", "", 0, "Israel", "Israel Defense Forces"},
		// Researchers speak for their institution.
		{"An estimated 600,000 people died in Tigray, according to researchers at Ghent University.", "", 0, "Tigray", "Ghent University"},
		{"Ghent University researchers estimate that 600,000 people died in Tigray.", "", 0, "Tigray", "Ghent University"},
		// Deaths attributed to a perpetrator are not the perpetrator's.
		{"SNHR attributes 201,260 civilian deaths to the Syrian regime and 7,000 to Russian forces.", "", 1, "Syria", "Syrian Network for Human Rights"},
		// An official's label with titles before the name.
		{"Defence Minister Rustem Umerov: Russia lost 40,000 troops in May.", "", 0, "Russia", "Rustem Umerov"},
		// A counter of one side's dead by name watches that side.
		{"Ukraine has lost many soldiers. Mediazona, which counts obituaries by name, had confirmed 95,000 dead as of May 30.", "", 0, "Russia", "Mediazona"},
		// Towns reporting names without their country.
		{"Artillery fire on Nyala killed 14 people on Tuesday, medics said.", "", 0, "Sudan (civilians)", "-"},
		{"Airstrikes on a market in northern Shan state killed 21 people.", "", 0, "Myanmar", "-"},
		{"Gang attacks in Port-au-Prince killed 35 people last week.", "", 0, "Haiti", "-"},
		// Ukrainian villages' "Mali" (little) is no country.
		{"Russian troops shelled Mali Prokhody in Kharkiv region on Monday. Two people were killed.", "", 0, "Ukraine", "-"},
		{"Russia attacked Dnipropetrovsk region with drones overnight. 2 people were killed and 5 injured, governor Serhiy Lysak said.", "", 1, "Ukraine", "-"},
		// Killed in clashes between two sides: neither's alone.
		{"About 1,000 people were killed in clashes between the Sudanese army and the RSF in Wad Madani in December.", "", 0, "", "-"},
		// "Another 93" are more of the same people.
		{"The General Staff said Russia lost 210 occupiers in the Pokrovsk direction, 117 of them killed. Another 93 were wounded.", "", 2, "Russia", "-"},
		// A second figure's own place, another side's, is whose.
		{"The war killed 1,190 people in Iran and 28 in Israel.", "", 1, "Israel", "-"},
		{"Since 7 October, 8,525 Palestinians have been killed in Gaza and 1,400 people in Israel, OCHA said.", "", 1, "Israel", "-"},
		{"Since the ground operation began, 195 soldiers have been killed and 1,170 soldiers injured in Gaza.", "", 1, "Israel", "-"},
		// A colon's breakdown is of the whole's side.
		{"HRMMU recorded 27,449 civilian casualties in Ukraine: 9,701 killed and 17,748 injured.", "", 2, "Ukraine", "-"},
		{"Four aid workers were killed in South Sudan in July.", "", 0, "South Sudan", "-"},
		{"Kataib Hezbollah said 16 of its members were killed in the strikes.", "", 0, "Kataib Hezbollah", "-"},
		// A monitor named by its initials is the place it watches; a
		// speaker that opens the sentence speaks past "while".
		{"SOHR said 328 regime soldiers were killed between 27 November and 8 December 2024.", "", 0, "Syria", "Syrian Observatory for Human Rights"},
		{"According to OCHA, 863 civilians have been killed in Sudan, while more than 3,500 have been injured.", "", 1, "-", "UN OCHA"},
		// A contrasting clause's speaker speaks for it alone.
		{"Russia has likely lost around 3,500 tanks, while Oryx has visually confirmed 3,100.", "", 0, "Russia", ""},
		{"Russia has likely lost around 3,500 tanks, while Oryx has visually confirmed 3,100.", "", 1, "Russia", "Oryx"},
		{"Israeli strikes killed at least 610 people in Iran, according to Iran's health ministry, while Iranian missile attacks killed 28 people in Israel.", "", 1, "Israel", ""},
		{"The tally of Russian losses had passed 860,000,[21] while Mediazona had identified 90,019 Russian dead by name.", "", 0, "Russia", ""},
		// The WHO in capitals is the health organisation.
		{"The WHO has recorded 765 deaths in attacks on health care in Gaza.", "", 0, "-", "World Health Organization"},
		// An armed group's people are its side's civilians.
		{"An Israeli airstrike on the Jabalia refugee camp killed 50 people, Hamas said.", "", 0, "Palestinians in Gaza", "Hamas"},
		{"Israeli strikes killed 12 Hamas fighters, Hamas said.", "", 0, "Hamas", "Hamas"},
		// "US" before a model's name owns what it names.
		{"Houthis have shot down 3 US Reaper drones in the past month", "", 0, "United States", "-"},
		// A kind of weapon's losses are its side's.
		{"Russian drone losses hit 2,160 in August.", "", 0, "Russia", "-"},
		// A live blog's time stamp is no word of the entry, and a new
		// entry does not carry the speaker of the one before.
		{"09:10 – Ukraine's General Staff: Russia lost 1,140 troops in past day.", "", 0, "Russia", "General Staff of the Armed Forces of Ukraine"},
		{"11:02 BST – Gaza's health ministry says 41,600 people killed since Oct 7.\n11:40 BST – Israeli strike on a school in Nuseirat kills 12.", "", 1, "Palestinians in Gaza", ""},
		// A headline's label speaks for the figures nearest it.
		{"Gaza health ministry: 2,670 killed since Oct 7; Israel says 1,300 dead on its side", "", 0, "Palestinians in Gaza", "Gaza Health Ministry"},
		{"Gaza health ministry: 2,670 killed since Oct 7; Israel says 1,300 dead on its side", "", 1, "Israel", "Israel"},
		// A headline's or caption's source after a dash or in brackets.
		{"Gaza death toll passes 50,000 — Gaza health ministry", "", 0, "Palestinians in Gaza", "Gaza Health Ministry"},
		{"Russia lost 1,200 troops in Kursk (Ukraine's GUR)", "", 0, "Russia", "Defence Intelligence of Ukraine"},
		{"At least 12 killed in strike on Kharkiv (photos)", "", 0, "-", ""},
		// A month's figure names no source.
		{"UK Defence Intelligence estimates Russia's casualties in June 2025 were about 31,000, below May's figure of 35,000.", "", 1, "Russia", "UK Ministry of Defence"},
		// Russia's General Staff is not Kyiv's.
		{"Russia's General Staff claimed that Ukraine had lost 76,000 troops.", "", 0, "Ukraine", "General Staff of the Armed Forces of Russia"},
		{"The General Staff said Russia lost 1,000 troops.", "", 0, "Russia", "General Staff of the Armed Forces of Ukraine"},
		// An office of a place is named whole, and its country is no side.
		{"Sudan's war has killed more than 150,000 people, according to the US special envoy for Sudan.", "", 0, "", "US special envoy for Sudan"},
		// Whom a paper was shared with is no speaker.
		{"A US intelligence assessment shared with Congress says Russia has lost 315,000 troops killed and injured.", "", 0, "Russia", "US intelligence"},
		// A relaying agency between commas is not the speaker.
		{"The Russian defence ministry, cited by TASS, said Ukraine lost 1,500 soldiers in the past day.", "", 0, "Ukraine", "Ministry of Defence of the Russian Federation"},
		{"At least 40 people were killed in Haiti, according to the U.N.", "", 0, "-", "UN"},
		{"At least 40 people were killed in gang violence in Haiti, the U.N. human rights office said.", "", 0, "-", "UN Human Rights Office"},
		// A ministry spokesman in apposition speaks for the ministry.
		{"Houthi-run health ministry officials updated the toll. A ministry spokesman, Anees al-Asbahi, said on Tuesday that 58 people were killed.", "", 0, "-", "Houthi-run health ministry"},
		// A body after its data; a possessive before a count.
		{"Figures from the UK Ministry of Defence show Russia lost about 1,000 troops a day in May.", "", 0, "-", "UK Ministry of Defence"},
		{"Data from the Gaza Health Ministry show 50,000 people were killed.", "", 0, "-", "Gaza Health Ministry"},
		{"A tally by the Committee to Protect Journalists shows 170 journalists were killed in Gaza.", "", 0, "-", "Committee to Protect Journalists"},
		{"A tally by CPJ shows 170 journalists were killed in Gaza.", "", 0, "-", "Committee to Protect Journalists"},
		{"Videos from the front show 12 Russian tanks destroyed near Pokrovsk.", "", 0, "-", ""},
		{"Israel has lost 868 soldiers since October 7, 2023, according to the IDF's figures.", "", 0, "-", "Israel Defense Forces"},
		{"Israel has lost 868 soldiers, according to Israel's figures.", "", 0, "-", "Israel"},
		{"A leaked slide estimated Ukraine's casualties at 124,500.", "", 0, "-", ""},
		// A line labelled with a body; a sentence of its own naming the
		// source; a time between a subject and "put".
		{"Sudan Doctors Network: 60 people were killed in the RSF attack on El Fasher.", "", 0, "-", "Sudan Doctors Network"},
		{"Kharkiv: 16 killed, 52 wounded.", "", 0, "-", ""},
		{"Russian Losses: 998,700", "", 0, "-", ""},
		{"Russia lost 1,140 soldiers over the past day. That's according to Ukraine's General Staff.", "", 0, "-", "General Staff of the Armed Forces of Ukraine"},
		{"Russia lost 1,140 soldiers over the past day. That is according to Ukraine's General Staff.", "", 0, "-", "General Staff of the Armed Forces of Ukraine"},
		{"The UK Defence Intelligence update in April put Russian losses at 900,000.", "", 0, "-", "UK Ministry of Defence"},
	} {
		cs := run(t, tt.text, "2025-06-12", tt.src)
		if len(cs) <= tt.nth {
			t.Errorf("%q: %d claims, want at least %d", tt.text, len(cs), tt.nth+1)
			continue
		}
		c := cs[tt.nth]
		if tt.actor != "-" && c.Actor != tt.actor || tt.source != "-" && c.Source != tt.source {
			t.Errorf("%q: claim %d actor %q source %q, want actor %q source %q", tt.text, tt.nth, c.Actor, c.Source, tt.actor, tt.source)
		}
	}
}

// TestClaimCounts holds sentences whose other figures are no claims:
// the count of claims is the test.
func TestClaimCounts(t *testing.T) {
	for _, tt := range []struct {
		text string
		n    int
	}{
		// A side's strength after the part it lost; the whole launched
		// after the part downed.
		{"Russia has lost 300 of its 2,000 soldiers in the town.", 1},
		// A model whose letters name its kind.
		{"Ukraine shot down a Russian Su-34 on Monday.", 1},
		{"The pilot flew a Su-34 over the city.", 0},
		// One machine lost: after "sank", in the passive, a model then
		// its kind; not one merely seen or sent.
		{"Ukraine sank a Russian landing ship.", 1},
		{"A Russian Tu-22M3 bomber was destroyed at Olenya airbase, Ukraine says.", 1},
		{"A Ukrainian Leopard tank was destroyed near the village.", 1},
		{"A tank was seen near the village.", 0},
		{"Russia sent a warship to the Black Sea.", 0},
		// Whom a count before its figure is of: "among Russian men".
		{"Excess mortality among Russian men reached 72,000 in 2023, Mediazona calculated.", 1},
		{"Deaths among civilians rose to 12,000.", 1},
		// People thought buried under the rubble are missing.
		{"About 10,000 people are thought to be buried under the rubble, according to the civil defence.", 1},
		// The Sahel's communiqués, clinics' wounded, bodyguards.
		{"Burkina Faso's general staff said the operation led to the neutralisation of 34 terrorists.", 1},
		{"MSF said it treated 150 people with gunshot wounds in El Fasher on Tuesday.", 1},
		{"The ICRC said its hospital in Goma had treated more than 600 weapon-wounded patients since January.", 1},
		{"A commander and 11 of his bodyguards were killed in an airstrike near Jilib on Sunday.", 1},
		{"Some 150 people with disabilities live in the camp.", 0},
		// People present, things of a whole, a force that lost others,
		// weapons wanted, deaths planned for: no losses.
		{"A junta airstrike on a school in Tabayin killed 20 children; the school had 250 pupils.", 1},
		{"The shelling killed 7 civilians in a village of 300 residents.", 1},
		{"The strike killed 4 people at a hospital that treats 3,000 patients a month.", 1},
		{"The junta has lost 40 of its 330 township capitals, analysts say.", 0},
		{"The 3,000 Russian troops stationed near Kupiansk have lost 300 men in a week.", 1},
		{"Ukraine needs 1,000 new tanks to replace losses, a general said.", 0},
		{"Israel's military planned for as many as 1,000 soldier deaths in a full invasion of Gaza.", 0},
		{"The hospital has 40 wounded soldiers.", 1},
		{"Russia lost 3 of its 31 tanks.", 1},
		// A figure's standing before it: "down from a record 1,570".
		{"Russian daily casualties averaged 1,450 in January, down from a record 1,570 in December.", 2},
		{"Russian daily casualties averaged 1,450 in January, down from a peak of 1,570 in December.", 2},
		// An age between the article and the person.
		{"A 72-year-old woman was killed in the strike.", 1},
		{"Two 19-year-old soldiers were killed.", 1},
		// Where, between the count and its rise.
		{"The number of dead in the capital has risen to 15.", 1},
		// Places struck, which a people's word qualifies.
		{"Pakistan says 40 civilians were killed in Indian strikes; India says it hit nine 'terrorist' sites.", 1},
		{"The army destroyed 12 Hamas positions.", 0},
		// The terms of a ratio.
		{"Putin claimed the ratio of losses was one to ten in Russia's favour.", 0},
		{"The ratio of killed to wounded is 1 to 3.", 0},
		// A participle's phrase between the people and their verb.
		{"At least 30 Palestinians seeking food were killed in Gaza on 2 May.", 1},
		{"More than 200 aid-seekers have been killed near distribution points since late May.", 1},
		{"Twelve residents of the frontline district were killed on Sunday.", 1},
		{"12 residents of the border area had been killed.", 1},
		{"At least 750 people sheltering in schools have been killed in Gaza.", 1},
		{"Dozens of Palestinians trying to reach aid trucks were killed on Tuesday.", 1},
		{"Two soldiers guarding the checkpoint were wounded.", 1},
		{"At least 410 aid seekers have been killed in Gaza since 27 May.", 1},
		{"In Gaza, where 1.9 million people are sheltering in tents, the strikes went on.", 0},
		{"Some 20,000 people living in the town were evacuated.", 0},
		{"Estimates of Russian dead range from 90,000 (Mediazona) to 150,000 (US officials).", 2},
		// What people did that is no loss; things captured; the size of
		// a change against an earlier count.
		{"Myanmar's army has lost 21,000 soldiers killed since the coup. Another 8,000 troops have defected.", 1},
		{"The alliance said it had captured dozens of outposts since October 27.", 0},
		// Lists of a toll by side, place or year, one item a line or in
		// one line.
		{"Confirmed military deaths as of June 6:\n- Russia: 111,387\n- Ukraine: 70,935\n", 2},
		{"Mediazona has confirmed the deaths of 111,387 Russian soldiers. Confirmed deaths by region: Bashkortostan: 5,200; Tatarstan: 4,100; Sverdlovsk: 3,900.", 4},
		{"Russian soldiers killed by year:\n2022: 14,000\n2023: 42,000\n", 2},
		// "9/11" names a day, no count.
		{"The toll of 9/11 was 2,977.", 1},
		{"More Americans died in Iraq than on 9/11.", 0},
		// A dash separates a list line's label from its figure.
		{"Civilians killed in Sudan, January–May 2025 (ACLED):\n- Khartoum — 1,240\n- Darfur — 900\n", 2},
		// The lines under a heading of projections count nothing yet.
		{"Forecast of Russian casualties for 2026:\n- Personnel: 400,000\n- Tanks: 900\n\nRussia lost 1,000 troops yesterday.\n", 1},
		// One person or one machine lost, counted by "a" or "an"; not
		// every "a" before a person or a weapon.
		{"A civilian was killed and two were injured in Russian shelling of Kherson on Wednesday.", 2},
		{"An Israeli soldier was killed in northern Gaza, the military said.", 1},
		{"Ukrainian forces shot down a Russian helicopter over Zaporizhzhia.", 1},
		{"Over the past day, the enemy lost a tank, an armored personnel carrier and three artillery guns.", 3},
		{"A soldier said the tank was hit.", 0},
		{"A drone attack killed five people.", 1},
		// Weapons that got through, and targets a unit hit, are no
		// losses.
		{"Two Iskander-M ballistic missiles were not intercepted, the air force said.", 0},
		{"Air defences intercepted 30 drones, but eight drones and two missiles struck targets in Kyiv.", 1},
		{"Ukrainian drone units hit 2,100 Russian targets over the past day.", 0},
		// The family the dead were of is no count.
		{"Among the dead were 13 members of one family.", 1},
		// A figure put as a question is no one's claim.
		{"Asked whether Russia had lost 100,000 soldiers in Kursk, Peskov said no.", 0},
		{"Has Russia lost 100,000 soldiers?", 0},
		{"Asked about losses, he said 1,000 soldiers had died.", 1},
		{"More than 5,600 people were killed in Haiti in 2024, an increase of over 1,000 on the previous year.", 1},
		{"The helicopter crashed, killing 3 of the 12 soldiers on board.", 1},
		{"Five of the 20 soldiers in the platoon were wounded.", 1},
		{"12 of the 40 people killed were children.", 2},
		{"Denmark has handed over 19 F-16 jets to Ukraine, three of which have been lost.", 1},
		{"Ukraine's air force said it had downed 80 out of 96 Russian drones overnight.", 1},
		// People in a present state after a loss are no loss.
		{"UNICEF says 14,000 children have been killed in Gaza, while 17,000 children are unaccompanied or separated.", 1},
		// Events counted are no losses; a disaster that dates a
		// figure vetoes nothing.
		{"At least 68 civilians were killed in 61 military airstrikes in Myanmar.", 1},
		{"Since the earthquake, at least 68 civilians have been killed in military airstrikes in Myanmar, the UN said.", 1},
		{"The earthquake killed more than 3,700 people in Myanmar.", 0},
		// A share that says what part the figure before is of a whole
		// not given makes no figure of its own.
		{"So far in 2024, Russian forces have sustained more than 380,000 casualties, roughly 45 percent of their losses since the start of the war.", 1},
		{"Russia has suffered about 1,000,000 casualties, a fifth of them in the last six months.", 2},
		// People uprooted, after the dead or in a clause of their own.
		{"The war has killed 150,000 people and 12 million have fled their homes.", 1},
		{"The blasts killed 12 people and wounded 2,800, while 40,000 residents were forced to flee.", 2},
		{"More than 7,000 people have been killed since January, the minister said, adding that 450,000 people were left without shelter.", 1},
		// A part of an owner's whole; initials' dots inside an aside.
		{"At least four of the ship's 25 crew were killed, the EU naval mission said.", 1},
		{"At least 52 people, including two U.N. staff members, were killed on Thursday.", 2},
		// Weapons fired are no losses, in a headline's present too.
		{"Hezbollah fires 50 rockets at Haifa; no casualties reported.", 0},
		{"Iran fires 170 drones, 30 cruise missiles and 120 ballistic missiles at Israel.", 0},
		// Parts of the dead are claims.
		{"The ministry said 412 people were killed, 103 of them children.", 2},
	} {
		if cs := run(t, tt.text, "2025-06-12", ""); len(cs) != tt.n {
			t.Errorf("%q: got %d claims, want %d: %+v", tt.text, len(cs), tt.n, cs)
		}
	}
}

// "N people" are people of every kind: population all, whichever side.
func TestPeoplePopulation(t *testing.T) {
	for _, text := range []string{
		"At least 38 people were killed in Marib on Monday.",
		"Lebanon's health ministry said on Thursday that 3,961 people had been killed since October 2023.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Population != "all" {
			t.Errorf("%q: got %+v, want population all", text, cs)
		}
	}
}

// A thread's post counter ("2/6", "1/") is no figure of the post.
func TestThreadCounters(t *testing.T) {
	for _, tt := range []struct {
		text string
		want float64
	}{
		{"2/6 Tanks destroyed in May: 48", 48},
		{"3/7 Russian casualties in May: 38,920, according to the General Staff.", 38920},
		{"1/ Russia lost 38,920 personnel in May.", 38920},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Low == nil || *cs[0].Low != tt.want {
			t.Errorf("%q: want one claim of %v, got %d", tt.text, tt.want, len(cs))
		}
	}
}

// A survey's people at risk are no deaths; its interviewers and
// respondents speak for the study.
func TestSurveyDenominators(t *testing.T) {
	cs := run(t, "Interviewers recorded 498 violent deaths among 9,740 household members in Gaza.", "2025-02-17", "The Lancet")
	if len(cs) != 1 || *cs[0].Low != 498 || cs[0].Source != "The Lancet" {
		for _, c := range cs {
			t.Logf("%s (%q, source %q)", Describe(&c), c.Quote, c.Source)
		}
		t.Errorf("want one claim of 498 from The Lancet, got %d", len(cs))
	}
}

// A count set against another source's ("compared with the 37,877
// reported by the ministry") is a claim of that source; the first is the
// writer's.
func TestComparedSourceCount(t *testing.T) {
	for _, tt := range []struct {
		text, src         string
		first, second     string
		firstLow, compLow float64
	}{
		{"We estimated 64,260 deaths in Gaza, compared with the 37,877 reported by the Gaza Ministry of Health.", "", "", "Gaza Health Ministry", 64260, 37877},
		{"We estimated 64,260 deaths in Gaza, compared with the 37,877 reported by the Gaza Ministry of Health.", "The Lancet", "The Lancet", "Gaza Health Ministry", 64260, 37877},
		{"The study estimated 61,000 deaths in Khartoum state, far above the 3,000 recorded by ACLED.", "The Lancet", "The Lancet", "ACLED", 61000, 3000},
	} {
		cs := run(t, tt.text, "2025-01-10", tt.src)
		if len(cs) != 2 || *cs[0].Low != tt.firstLow || *cs[1].Low != tt.compLow || cs[0].Source != tt.first || cs[1].Source != tt.second {
			for _, c := range cs {
				t.Logf("%s (%q, source %q)", Describe(&c), c.Quote, c.Source)
			}
			t.Errorf("%q: want %v from %q and %v from %q", tt.text, tt.firstLow, tt.first, tt.compLow, tt.second)
		}
	}
}

// A percentage of the toll the sentence gave, told as who those people
// were ("Of the 75,200 violent deaths, 56.2% were women or children"),
// is a share of it; told a sentence later, it may be of any figure, and
// is left.
func TestPercentShareOfPeople(t *testing.T) {
	for _, tt := range []struct {
		text string
		n    int
		last float64
	}{
		{"Of the 75,200 violent deaths in Gaza, 56.2% were women or children.", 2, 42262},
		{"There were 75,200 violent deaths in Gaza; 56.2% were women or children.", 2, 42262},
		{"The hospital admitted 1,575 wounded, of whom 147 died. Most were hit by shelling; 37% were women or children.", 2, 147},
	} {
		cs := run(t, tt.text, "2025-02-17", "")
		if len(cs) != tt.n || *cs[len(cs)-1].Low != tt.last {
			for _, c := range cs {
				t.Logf("%s (%q)", Describe(&c), c.Quote)
			}
			t.Errorf("%q: want %d claims, the last %v", tt.text, tt.n, tt.last)
		}
	}
}

// The people who speak after a figure ("one officer said") are no
// losses.
func TestSpeakersAreNoFigure(t *testing.T) {
	for _, text := range []string{
		"Russia lost 500 men in the assault, one officer said.",
		"One Ukrainian officer said Russia had lost 500 men.",
		"The strike killed 500 civilians, two senior police officials told Reuters.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 1 || *cs[0].Low != 500 {
			for _, c := range cs {
				t.Logf("%s (%q)", Describe(&c), c.Quote)
			}
			t.Errorf("%q: want the one claim of 500, got %d", text, len(cs))
		}
	}
}

// The kind of people a loss counts when no noun says it: an army's words
// of loss ("casualties", "captured") are soldiers', hostages are people
// of every kind, and a tally's other lines keep the kind the text gave.
func TestPopulationDefaults(t *testing.T) {
	for _, tt := range []struct {
		text string
		nth  int
		want string
	}{
		{"Russia has suffered 700,000 casualties.", 0, "military"},
		// The speaker after an aside is no noun of the figure's people.
		{"Israeli strikes killed at least 25 people, including 11 children, medics said.", 0, "all"},
		// The people of a part after "including" lend nothing to the
		// figures after it.
		{"More than 50,000 people have died in Myanmar since the coup, including 6,000 civilians. Twelve of the dead were monks.", 2, "all"},
		// A list line's label names its people; comrades who fell are
		// fighters.
		{"Ukraine: 46,000 soldiers killed\nCivilians: 13,000 killed (UN)\n", 1, "civilian"},
		{"Our own losses: 42 comrades fell and 97 were wounded.", 0, "military"},
		// An army's losses counted in people are its soldiers.
		{"Over the past day, the losses of the Ukrainian armed forces amounted to 1,300 people.", 0, "military"},
		{"Over the past day, the Armed Forces of Ukraine lost up to 1,300 people.", 0, "military"},
		// Members of a security force are soldiers.
		{"HRANA documented 1,190 deaths in Iran, including 436 civilians and 435 security force members.", 2, "military"},
		// Callings and groups of civilians.
		{"Gunmen kidnapped 25 schoolgirls in Borno state on Thursday.", 0, "civilian"},
		{"More than 400 athletes have been killed in Ukraine since the invasion.", 0, "civilian"},
		// The people of a clause in contrast after the figure are not
		// the figure's.
		{"The battle cost the Russian army more than 1,500 dead, while civilian deaths were estimated at 27,000.", 0, "military"},
		// One attack's casualties and missing are people of every kind.
		{"7 missing after strike on Odesa apartment block", 0, "all"},
		{"Russian strike on Dnipro leaves 20 casualties", 0, "all"},
		{"Ukraine's military said the strike had hit a Russian brigade and killed or wounded as many as 150.", 0, "military"},
		// The whole a part is among has no kind of the part's.
		{"The ministry says more than 17,000 children are among the 55,000 killed in Gaza.", 1, "all"},
		// A part whose kind the speaker gives inside the clause.
		{"Strikes killed 230 people, 197 of whom it said were civilians.", 1, "civilian"},
		{"Strikes killed 230 people, 197 of whom the ministry said were women and children.", 1, "civilian"},
		{"Ukraine said 2,300 Russians were captured in Kursk.", 0, "military"},
		{"Hamas took 251 hostages from Israel on 7 October.", 0, "all"},
		{"Ukraine's army said 300 of its soldiers were killed and 1,000 were wounded in May.", 1, "military"},
		{"Gaza's health ministry said 41,000 people had been killed. Another 95,000 were wounded, it said.", 1, "all"},
		{"SNHR attributes 201,260 civilian deaths to the Syrian regime and 7,000 to Russian forces.", 1, "civilian"},
		// An army's personnel, the enemy it "liquidated", and
		// peacekeepers are soldiers.
		{"The total combat losses of the enemy were approximately: personnel ‒ about 893,640 (+1,310), tanks ‒ 10,227 (+9).", 0, "military"},
		{"About 146 820 (+670) persons were liquidated.", 0, "military"},
		{"Thirteen peacekeepers were killed in the fighting for the city.", 0, "military"},
		// "N of the dead were children": the part's people; the whole
		// of "half of the 400 dead" keeps its own.
		{"At least 170 of the dead were children.", 0, "civilian"},
		{"More than half of the 400 dead were women and children.", 1, "all"},
		// The second figure of a pair is of the whole's people, not of
		// the part told between.
		{"The blasts killed at least 12 people, including two children, and wounded some 2,800.", 2, "all"},
		// A whole war's toll of people where the civilians are one side
		// of several: every side's, and people of every kind.
		{"More than 28,700 people have been killed in Sudan since the war began in April 2023, according to ACLED.", 0, "all"},
		// The people among whom the losses fell.
		{"In June, casualties among civilians in Ukraine reached 1,575.", 0, "civilian"},
		// "members of the government security forces" are soldiers.
		{"SOHR said 745 civilians had been killed, along with 125 members of the government security forces.", 1, "military"},
		// A share's people named after "of them"; the whole keeps its own.
		{"Iran's health ministry said 224 people have been killed since Friday, more than 90% of them civilians.", 1, "civilian"},
		{"Iran's health ministry said 224 people have been killed since Friday, more than 90% of them civilians.", 0, "all"},
		// A label's people before its loss word.
		{"Civilians killed in Ukraine: 12,910", 0, "civilian"},
		{"Soldiers killed in May: 1,200", 0, "military"},
		// A whole's parts in brackets are its people.
		{"In June, 704 civilian casualties (105 killed, 599 injured) were recorded.", 1, "civilian"},
		// A whole takes no kind from the part it includes.
		{"SOHR documented 1,225 deaths in Syria in January, including 650 civilians.", 0, "all"},
		{"At least 32 Israelis, including 21 soldiers, were killed in the West Bank.", 0, "all"},
		// A part named by its people's country is of the whole's kind.
		{"Thirteen peacekeepers, including nine South Africans, were killed.", 1, "military"},
		// "service members" are an army's.
		{"During the war, 2,461 US service members were killed.", 0, "military"},
		// A side's losses are its army's.
		{"Russian losses were put at 20,000 killed and 50,000 wounded.", 1, "military"},
		{"Ukrainian losses included 300 civilians killed.", 0, "civilian"},
		// A count of the dead that names no kind counts everyone.
		{"ACLED recorded more than 28,700 reported fatalities in Sudan since April 2023.", 0, "all"},
		// An armed group's people named as their enemies name them.
		{"The army said 318 terrorists surrendered and troops neutralised 57 others.", 0, "military"},
		{"Security forces sent eight khwarij to hell, the ISPR said.", 0, "military"},
		// Members of armed forces are soldiers, after civilians too.
		{"The monitor said 1,383 civilians were killed. More than 230 members of the security forces and 250 fighters were also killed.", 1, "military"},
		{"Twelve members of the armed forces died in the ambush.", 0, "military"},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) <= tt.nth || cs[tt.nth].Population != tt.want {
			for _, c := range cs {
				t.Logf("%s %q (%q)", Describe(&c), c.Population, c.Quote)
			}
			t.Errorf("%q: claim %d population, want %q", tt.text, tt.nth, tt.want)
		}
	}
}

// "estimated" as a study's verb is no hedge of the figure; "an
// estimated" is.
func TestEstimatedVerbIsNoHedge(t *testing.T) {
	for _, tt := range []struct {
		text   string
		approx bool
	}{
		{"We estimated 64,260 traumatic deaths in Gaza.", false},
		{"The authors estimated 64,260 traumatic deaths in Gaza.", false},
		{"An estimated 64,260 people died in Gaza.", true},
		{"Gaza has lost an estimated 64,260 people.", true},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Approx != tt.approx {
			t.Errorf("%q: want one claim with approx %v, got %+v", tt.text, tt.approx, cs)
		}
	}
}

// A higher guess after a comma ("tens of thousands, perhaps as many as
// 150,000") is a claim of the same toll.
func TestUpgradeAfterComma(t *testing.T) {
	for _, text := range []string{
		"The war in Sudan has killed tens of thousands, perhaps as many as 150,000.",
		"The war in Sudan has killed tens of thousands of people, perhaps 150,000.",
	} {
		cs := run(t, text, "2025-06-12", "")
		if len(cs) != 2 || cs[1].Category != "killed" || cs[1].High == nil || *cs[1].High != 150000 {
			t.Errorf("%q: want a second killed claim of 150,000, got %+v", text, cs)
		}
	}
}

// "Tanks: 48 lost": the label's equipment, lost, and its breakdown.
func TestEquipmentLabelLost(t *testing.T) {
	cs := run(t, "Tanks: 48 lost (31 destroyed, 9 damaged, 8 abandoned).", "2025-06-12", "")
	if len(cs) != 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(cs), cs)
	}
	for i, st := range []string{"", "destroyed", "damaged", "abandoned"} {
		if cs[i].Category != "equipment:tanks" || cs[i].Status != st {
			t.Errorf("claim %d: %s %q, want equipment:tanks %q", i, cs[i].Category, cs[i].Status, st)
		}
	}
}

// TestOperationStart checks that an operation a war is known by starts
// its period.
func TestOperationStart(t *testing.T) {
	x := New(Options{Published: attrition.MustDate("2025-06-15")})
	text := "Since the beginning of Operation Rising Lion, 24 people have been killed in Israel."
	cs, err := x.Extract([]byte(text))
	if err != nil || len(cs) == 0 {
		t.Fatalf("%q: no claim (%v)", text, err)
	}
	if got := cs[0].PeriodStart.String(); got != "2025-06-13" {
		t.Errorf("%q: period starts %s, want 2025-06-13", text, got)
	}
}

// TestWorkedExample checks claims.md's worked example, told in other
// words: each expected claim with its period, likelihood and flags, and
// nothing for the territory share.
func TestWorkedExample(t *testing.T) {
	text := "Russia's forces have taken approximately one million casualties since the full-scale invasion, and the total has likely reached that mark, UK Defence Intelligence said on Thursday. " +
		"Of these, around 250,000 are likely killed or missing, the heaviest toll Russia has suffered since the Second World War. " +
		"A fifth of the total (200,000) fell in the last six months of 2025. " +
		"Permanent losses are likely between 400,000 and 500,000. " +
		"Russia now controls 18% of Ukraine's territory."
	x := New(Options{Published: attrition.MustDate("2025-06-12")})
	cs, err := x.Extract([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	type exp struct {
		category   string
		low        float64
		start, end string
		likelihood string
		flag       string
	}
	want := []exp{
		{"casualties", 1e6, "2022-02-24", "2025-06-12", "", ""},
		{"killed_or_missing", 250000, "2022-02-24", "2025-06-12", "likely", ""},
		{"casualties", 200000, "2025-07-01", "2025-12-31", "", "period_after_publication"},
		{"permanent_losses", 400000, "2022-02-24", "2025-06-12", "likely", ""},
	}
	if len(cs) != len(want) {
		for _, c := range cs {
			t.Logf("%s %v %q", c.Category, *c.Low, c.Quote)
		}
		t.Fatalf("%d claims, want %d", len(cs), len(want))
	}
	for i, w := range want {
		c := cs[i]
		if c.Actor != "Russia" || c.Category != w.category || c.Low == nil || *c.Low != w.low {
			t.Errorf("claim %d: %s %s %v, want Russia %s %v", i, c.Actor, c.Category, c.Low, w.category, w.low)
			continue
		}
		if c.PeriodStart.String() != w.start || c.PeriodEnd.String() != w.end {
			t.Errorf("claim %d (%s): period %s → %s, want %s → %s", i, c.Category, c.PeriodStart, c.PeriodEnd, w.start, w.end)
		}
		if w.likelihood != "" && c.Likelihood != w.likelihood {
			t.Errorf("claim %d (%s): likelihood %q, want %q", i, c.Category, c.Likelihood, w.likelihood)
		}
		if w.flag != "" && !slices.Contains(c.Flags, w.flag) {
			t.Errorf("claim %d (%s): flags %v, want %s", i, c.Category, c.Flags, w.flag)
		}
	}
}

// One person's loss quotes the words that name them, not the article
// that counts them.
func TestSingleLossQuote(t *testing.T) {
	for _, tt := range []struct{ text, quote string }{
		{"A strike on a building killed a 72-year-old woman, the governor said.", "killed a 72-year-old woman"},
		{"An Israeli reservist was killed in Rafah on Sunday, the military said.", "An Israeli reservist was killed"},
		{"The army said it had killed a Hamas commander in Gaza City.", "killed a Hamas commander"},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) != 1 || cs[0].Quote != tt.quote {
			var got []string
			for _, c := range cs {
				got = append(got, c.Quote)
			}
			t.Errorf("%q: quotes %q, want [%q]", tt.text, got, tt.quote)
		}
	}
}

// A government's unnamed people are who the figure is attributed to,
// by their country's name; they are not carried to the next sentence.
func TestUnnamedOfficialsSource(t *testing.T) {
	for _, tt := range []struct{ text, source string }{
		{"Roughly 700,000 Russian troops have been killed or wounded, according to US officials.", "US officials"},
		{"US officials estimate that 250,000 Russian soldiers have been killed.", "US officials"},
		{"According to Ukrainian authorities, 12 civilians were killed in Odesa on 3 June.", "Ukrainian authorities"},
		{"About 20,000 Hamas fighters have been killed, a senior Israeli official said.", "Israeli official"},
		{"Israel says it struck 100 targets in Iran; Iranian state media report 78 killed.", "Iranian state media"},
		{"According to Western officials, 250,000 Russian soldiers have been killed.", "Western officials"},
		// People who write about an army are not its command.
		{"Ukrainian military analysts estimate Russia lost 1,200 soldiers a day in May.", "Ukrainian military analysts"},
		{"The Ukrainian military said Russia lost 1,200 soldiers on Tuesday.", "General Staff of the Armed Forces of Ukraine"},
		// Someone near a group is not the group.
		// (And an army with no enemy the registry knows counts its own
		// soldiers: see TestArmyOwnSoldiers.)
		{"Between 1,500 and 2,000 of its fighters were killed, a source close to Hezbollah said.", "source close to Hezbollah"},
		// Another side's body by the words of one side's alias.
		{"The Burkinabe army general staff said two soldiers were wounded near Djibo.", "Burkinabe army general staff"},
		// Wire copy's dotted initials.
		{"U.S. officials estimate Russian casualties at 300,000.", "US officials"},
		// Monitors' verbs of keeping count.
		{"Airwars has tracked 150 civilian deaths in Yemen in April.", "Airwars"},
		{"The ICRC has registered 500 people as missing in Sudan since April 2023.", "ICRC"},
		// No country: no one named.
		{"Local officials said 12 civilians were killed in the village.", ""},
		{"According to local officials, 12 civilians were killed in the village.", ""},
		{"Officials said 12 civilians were killed in Odesa on 3 June.", ""},
		// The next sentence's figure is not theirs.
		{"US officials said the strikes had been effective. Analysts who studied the images counted 255 destroyed tanks.", ""},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) == 0 {
			t.Errorf("%q: no claim", tt.text)
			continue
		}
		if got := cs[len(cs)-1].Source; got != tt.source {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.source)
		}
	}
}

// "We assess …, the ministry said": the speaker after the words is the
// one who says "we"; the writer's own "we" keeps its figure otherwise.
func TestSelfThenSpeaker(t *testing.T) {
	// (And the speaker past an aside: "X, by contrast, reported".)
	for _, tt := range []struct{ text, source string }{
		{"We assess that Russia has sustained around 1,000,000 casualties, the Ministry of Defence said.", "Ministry of Defence"},
		{`"We believe Russia has suffered more than 700,000 casualties," the Pentagon said.`, "US Department of Defense"},
		{"We estimate that Russia has suffered more than 700,000 casualties.", ""},
		// A source compared with speaks for another figure.
		{"A study published in The Lancet estimated that the death toll in Gaza was around 64,000, higher than the health ministry's count.", "The Lancet"},
		// An aside between the speaker and the verb.
		{"Ukraine's General Staff, by contrast, reported an average of 1,100 Russian casualties a day in May.", "General Staff of the Armed Forces of Ukraine"},
		{"Mediazona, for its part, has confirmed 100,000 deaths.", "Mediazona"},
		{"President Zelensky put the toll at 31,000 killed. US officials, however, estimated that Ukraine had suffered close to 70,000 killed.", "US officials"},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) == 0 || cs[len(cs)-1].Source != tt.source {
			t.Errorf("%q: %d claims, want the last with source %q", tt.text, len(cs), tt.source)
			if len(cs) > 0 {
				t.Logf("source %q", cs[len(cs)-1].Source)
			}
		}
	}
}

// A body that counts its own people's dead, carried from the sentence
// before, does not count the other side's.
func TestOwnDeadCounterNotCarried(t *testing.T) {
	text := "According to the Ministry of Health in Gaza, 55,104 Palestinians have been killed since 7 October 2023. Meanwhile, 429 Israeli soldiers have been killed since the start of the ground operation."
	cs := run(t, text, "2025-06-12", "")
	if len(cs) != 2 || cs[0].Source != "Gaza Health Ministry" || cs[1].Source != "" {
		for _, c := range cs {
			t.Logf("%s %v source %q", c.Actor, *c.Low, c.Source)
		}
		t.Errorf("want the ministry's own toll only attributed to it")
	}
	// Its own people's figure in the next sentence keeps it.
	cs = run(t, "According to the Ministry of Health in Gaza, 55,104 Palestinians have been killed since 7 October 2023. Another 127,000 have been wounded.", "2025-06-12", "")
	if len(cs) != 2 || cs[1].Source != "Gaza Health Ministry" {
		t.Errorf("the ministry's wounded in the next sentence lost its source: %d claims", len(cs))
	}
}

// An army at war with no enemy the registry knows, counting soldiers
// who fell, counts its own; soldiers it killed stay unnamed.
func TestArmyOwnSoldiers(t *testing.T) {
	for _, tt := range []struct{ text, actor string }{
		{"Niger's army said 71 soldiers were killed in the attack at Banibangou on Tuesday.", "Niger"},
		{"Niger's defence ministry said 34 soldiers were killed and 14 wounded in an attack in Banibangou.", "Niger"},
		{"Niger's army said it killed 71 terrorists.", ""},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) == 0 || cs[0].Actor != tt.actor {
			t.Errorf("%q: %d claims, want the first of %q", tt.text, len(cs), tt.actor)
		}
	}
}

// A share's people are what the predicate says they were; its side is
// the place its whole names.
func TestSharePredicatePeople(t *testing.T) {
	for _, tt := range []struct{ text, actor, pop string }{
		{"Nearly half of the 900 people killed in Myanmar last month were civilians, ACLED said.", "Myanmar", "civilian"},
		{"About 60% of the 12,000 people killed in Gaza were women and children.", "Palestinians in Gaza", "civilian"},
		{"Roughly a third of the 30,000 dead were soldiers.", "", "military"},
	} {
		cs := run(t, tt.text, "2025-06-12", "")
		if len(cs) == 0 || cs[0].Actor != tt.actor || cs[0].Population != tt.pop {
			t.Errorf("%q: %d claims, want the share first as %s/%s", tt.text, len(cs), tt.actor, tt.pop)
		}
	}
}
