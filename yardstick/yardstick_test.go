package yardstick

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func scale(t *testing.T, name string) *Yardstick {
	t.Helper()
	y, err := Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return y
}

// The ranges of claims.md, typed again here so that a slip in the table
// of yardstick.go cannot hide behind a test that reads the same table.
func TestRangesFromContract(t *testing.T) {
	tests := []struct {
		scale, word string
		lo, hi      float64
	}{
		{PHIA, "remote chance", 0, 0.05},
		{PHIA, "highly unlikely", 0.10, 0.20},
		{PHIA, "unlikely", 0.25, 0.35},
		{PHIA, "realistic possibility", 0.40, 0.50},
		{PHIA, "likely", 0.55, 0.75},
		{PHIA, "probably", 0.55, 0.75},
		{PHIA, "highly likely", 0.80, 0.90},
		{PHIA, "almost certain", 0.95, 1},
		{ICD203, "almost no chance", 0.01, 0.05},
		{ICD203, "remote", 0.01, 0.05},
		{ICD203, "very unlikely", 0.05, 0.20},
		{ICD203, "highly improbable", 0.05, 0.20},
		{ICD203, "unlikely", 0.20, 0.45},
		{ICD203, "improbable", 0.20, 0.45},
		{ICD203, "roughly even chance", 0.45, 0.55},
		{ICD203, "roughly even odds", 0.45, 0.55},
		{ICD203, "likely", 0.55, 0.80},
		{ICD203, "probable", 0.55, 0.80},
		{ICD203, "very likely", 0.80, 0.95},
		{ICD203, "highly probable", 0.80, 0.95},
		{ICD203, "almost certain", 0.95, 0.99},
		{ICD203, "almost certainly", 0.95, 0.99},
		{ICD203, "nearly certain", 0.95, 0.99},
		{Kent, "certain", 1, 1},
		{Kent, "almost certain", 0.87, 0.99},
		{Kent, "probable", 0.63, 0.87},
		{Kent, "chances about even", 0.40, 0.60},
		{Kent, "probably not", 0.20, 0.40},
		{Kent, "almost certainly not", 0.02, 0.12},
		{Kent, "impossible", 0, 0},
	}
	for _, tt := range tests {
		lo, hi, ok := scale(t, tt.scale).Read(tt.word)
		if !ok || math.Abs(lo-tt.lo) > 1e-9 || math.Abs(hi-tt.hi) > 1e-9 {
			t.Errorf("%s.Read(%q) = %v, %v, %v; want %v, %v", tt.scale, tt.word, lo, hi, ok, tt.lo, tt.hi)
		}
	}
}

func TestReadNormalizes(t *testing.T) {
	y := Default()
	for _, w := range []string{"Highly  Likely", " highly likely\n", "HIGHLY LIKELY"} {
		if lo, hi, ok := y.Read(w); !ok || lo != 0.80 || hi != 0.90 {
			t.Errorf("Read(%q) = %v, %v, %v", w, lo, hi, ok)
		}
	}
	for _, w := range []string{"", "likelyhood", "certainly not", "roughly even chance"} {
		if _, _, ok := y.Read(w); ok {
			t.Errorf("PHIA reads %q; it is not a PHIA word", w)
		}
	}
}

// Word → range → word: every word of every band, read and written again
// at any probability inside its range, comes back as the band's written
// form (for a band whose edge is shared, away from that edge).
func TestRoundTrip(t *testing.T) {
	for _, name := range Names() {
		y := scale(t, name)
		for _, b := range y.Bands {
			for _, w := range b.Words {
				lo, hi, ok := y.Read(w)
				if !ok {
					t.Errorf("%s: cannot read its own word %q", name, w)
					continue
				}
				ps := []float64{(lo + hi) / 2}
				if hi > lo {
					ps = append(ps, lo+(hi-lo)*0.01, hi-(hi-lo)*0.01)
				}
				for _, p := range ps {
					got := y.Word(p)
					if got.Word != b.Words[0] || got.Gap {
						t.Errorf("%s: %q → [%v, %v] → Word(%v) = %+v; want %q", name, w, lo, hi, p, got, b.Words[0])
					}
					if _, _, ok := y.Read(got.Word); !ok {
						t.Errorf("%s: writes %q, which it cannot read", name, got.Word)
					}
				}
			}
		}
	}
}

// For a fine grid of p in [0, 1], Word(p) names a band whose range holds
// p; where no band holds p (a gap), it names the nearest band and says
// so with Gap.
func TestWordHoldsP(t *testing.T) {
	for _, name := range Names() {
		y := scale(t, name)
		for i := 0; i <= 10000; i++ {
			p := float64(i) / 10000
			w := y.Word(p)
			if w.P != p {
				t.Fatalf("%s: Word(%v).P = %v", name, p, w.P)
			}
			holding := -1.0 // distance to the nearest band
			for _, b := range y.Bands {
				d := math.Max(0, math.Max(b.Lo-p, p-b.Hi))
				if holding < 0 || d < holding {
					holding = d
				}
			}
			inBand := p >= w.Lo && p <= w.Hi
			switch {
			case holding == 0 && (!inBand || w.Gap):
				t.Errorf("%s: Word(%v) = %q [%v, %v] gap=%v; a band holds %v", name, p, w.Word, w.Lo, w.Hi, w.Gap, p)
			case holding > 0 && !w.Gap:
				t.Errorf("%s: Word(%v) = %q without Gap; no band holds %v", name, p, w.Word, p)
			case holding > 0:
				d := math.Max(w.Lo-p, p-w.Hi)
				if d > holding+1e-12 {
					t.Errorf("%s: Word(%v) = %q at distance %v; a band lies at %v", name, p, w.Word, d, holding)
				}
			}
			if lo, hi, ok := y.Read(w.Word); !ok || lo != w.Lo || hi != w.Hi {
				t.Errorf("%s: Word(%v) = %+v, but Read(%q) = %v, %v, %v", name, p, w, w.Word, lo, hi, ok)
			}
		}
	}
}

func TestWordCases(t *testing.T) {
	tests := []struct {
		scale string
		p     float64
		word  string
		gap   bool
		str   string
	}{
		{PHIA, 0, "remote chance", false, "remote chance (≤5%)"},
		{PHIA, 1, "almost certain", false, "almost certain (95–100%)"},
		{PHIA, 0.90, "highly likely", false, "highly likely (80–90%)"},
		{PHIA, 0.5, "realistic possibility", false, "realistic possibility (40–50%)"},
		// The gap example of claims.md: 78% is nearer 80 than 75.
		{PHIA, 0.78, "highly likely", true, "highly likely (80–90%; 78% lies between bands, nearer this one)"},
		{PHIA, 0.76, "likely", true, "likely (55–75%; 76% lies between bands, nearer this one)"},
		// Exactly between two bands: the less extreme, cautious word.
		{PHIA, 0.775, "likely", true, "likely (55–75%; 77.5% lies between bands, nearer this one)"},
		{PHIA, 0.925, "highly likely", true, ""},
		{PHIA, 0.7749, "likely", true, "likely (55–75%; 77% lies between bands, nearer this one)"},
		{PHIA, 0.7751, "highly likely", true, "highly likely (80–90%; 78% lies between bands, nearer this one)"},
		{PHIA, 0.0501, "remote chance", true, "remote chance (≤5%; 5.01% lies between bands, nearer this one)"},
		{PHIA, 0.075, "highly unlikely", true, ""},
		{PHIA, 0.525, "realistic possibility", true, ""},
		// A gap value that rounds onto a band edge keeps a decimal.
		{PHIA, 0.949, "almost certain", true, "almost certain (95–100%; 94.9% lies between bands, nearer this one)"},
		{PHIA, 1.5, "almost certain", false, ""},
		{PHIA, -0.2, "remote chance", false, ""},
		{ICD203, 0, "almost no chance", true, ""},
		{ICD203, 1, "almost certain", true, ""},
		// Shared edges go to the less extreme band.
		{ICD203, 0.55, "roughly even chance", false, "roughly even chance (45–55%)"},
		{ICD203, 0.45, "roughly even chance", false, ""},
		{ICD203, 0.80, "likely", false, ""},
		{ICD203, 0.95, "very likely", false, ""},
		{ICD203, 0.05, "very unlikely", false, ""},
		{ICD203, 0.90, "very likely", false, "very likely (80–95%)"},
		{Kent, 0, "impossible", false, "impossible (0%)"},
		{Kent, 1, "certain", false, "certain (100%)"},
		{Kent, 0.87, "probable", false, ""},
		{Kent, 0.995, "almost certain", true, ""},
		{Kent, 0.996, "certain", true, ""},
		{Kent, 0.61, "chances about even", true, ""},
		{Kent, 0.62, "probable", true, ""},
	}
	for _, tt := range tests {
		w := scale(t, tt.scale).Word(tt.p)
		if w.Word != tt.word || w.Gap != tt.gap {
			t.Errorf("%s.Word(%v) = %q gap=%v; want %q gap=%v", tt.scale, tt.p, w.Word, w.Gap, tt.word, tt.gap)
		}
		if tt.str != "" && w.String() != tt.str {
			t.Errorf("%s.Word(%v).String() = %q; want %q", tt.scale, tt.p, w.String(), tt.str)
		}
	}
}

func TestWordNaN(t *testing.T) {
	for _, name := range Names() {
		w := scale(t, name).Word(math.NaN())
		if w.OK() || w.Word != "" || w.Gap {
			t.Errorf("%s.Word(NaN) = %+v; want a wording that is not OK", name, w)
		}
		if s := w.String(); !strings.Contains(s, "unknown") {
			t.Errorf("%s.Word(NaN).String() = %q", name, s)
		}
	}
}

func TestGet(t *testing.T) {
	if y, err := Get(""); err != nil || y.Name != PHIA {
		t.Errorf(`Get("") = %v, %v; want PHIA`, y, err)
	}
	if y, err := Get("ICD203"); err != nil || y.Name != ICD203 {
		t.Errorf(`Get("ICD203") = %v, %v`, y, err)
	}
	if _, err := Get("nato"); err == nil {
		t.Error(`Get("nato") succeeded`)
	}
}

func TestBandsOrdered(t *testing.T) {
	for _, name := range Names() {
		y := scale(t, name)
		for i, b := range y.Bands {
			if b.Lo > b.Hi || b.Lo < 0 || b.Hi > 1 || len(b.Words) == 0 {
				t.Errorf("%s band %d malformed: %+v", name, i, b)
			}
			if i > 0 && b.Lo < y.Bands[i-1].Hi {
				t.Errorf("%s bands %d and %d overlap beyond an edge", name, i-1, i)
			}
		}
	}
}

func TestPhrasesLongestFirst(t *testing.T) {
	for _, ps := range [][]string{Default().Phrases(), AllPhrases()} {
		for i := 1; i < len(ps); i++ {
			if len(ps[i]) > len(ps[i-1]) {
				t.Fatalf("%q after %q", ps[i], ps[i-1])
			}
		}
	}
	seen := map[string]bool{}
	for _, p := range AllPhrases() {
		if seen[p] {
			t.Errorf("AllPhrases repeats %q", p)
		}
		seen[p] = true
	}
}

func TestLookupFallsBack(t *testing.T) {
	if lo, hi, ok := Lookup(PHIA, "roughly even odds"); !ok || lo != 0.45 || hi != 0.55 {
		t.Errorf("Lookup(phia, roughly even odds) = %v, %v, %v", lo, hi, ok)
	}
	if lo, hi, ok := Lookup(ICD203, "likely"); !ok || lo != 0.55 || hi != 0.80 {
		t.Errorf("Lookup(icd203, likely) = %v, %v, %v; the named scale comes first", lo, hi, ok)
	}
	if _, _, ok := Lookup(PHIA, "perhaps"); ok {
		t.Error("Lookup read perhaps")
	}
}

// The one-scale rule of ICD 203: a Text writes every word on its scale,
// refuses another scale's words and converts them on request.
func TestTextOneScale(t *testing.T) {
	tx := NewText(scale(t, ICD203))
	if w := tx.Write(0.9); w.Word != "very likely" {
		t.Errorf("Write(0.9) = %q", w.Word)
	}
	if _, err := tx.Use("likely"); err != nil {
		t.Errorf("Use(likely) on ICD 203: %v", err)
	}
	_, err := tx.Use("realistic possibility")
	var se *ScaleError
	if !errors.As(err, &se) || se.Scale != ICD203 || len(se.Others) != 1 || se.Others[0] != PHIA {
		t.Fatalf("Use(realistic possibility) on ICD 203 = %v; want a ScaleError naming phia", err)
	}
	if _, err := tx.Use("perhaps"); err == nil || !strings.Contains(err.Error(), "not an estimative word") {
		t.Errorf("Use(perhaps) = %v", err)
	}
	// PHIA "realistic possibility" (40–50%) is ICD 203 "unlikely"
	// (20–45%)? Its midpoint 0.45 sits on the shared edge of "unlikely"
	// and "roughly even chance"; the less extreme wins.
	w, lo, hi, err := tx.Convert(PHIA, "realistic possibility")
	if err != nil || w.Word != "roughly even chance" || lo != 0.40 || hi != 0.50 {
		t.Errorf("Convert(phia, realistic possibility) = %+v, %v, %v, %v", w, lo, hi, err)
	}
	if _, _, _, err := tx.Convert(PHIA, "roughly even chance"); err == nil {
		t.Error("Convert read an ICD 203 word as PHIA")
	}
	if _, _, _, err := tx.Convert("nato", "likely"); err == nil {
		t.Error("Convert accepted an unknown scale")
	}
	var used []string
	for _, b := range tx.Used() {
		used = append(used, b.Words[0])
	}
	if got := strings.Join(used, ","); got != "roughly even chance,likely,very likely" {
		t.Errorf("Used = %s", got)
	}
	if NewText(nil).Yardstick().Name != PHIA {
		t.Error("NewText(nil) is not PHIA")
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		scale, text string
		want        []string
	}{
		{PHIA, "It is highly likely that losses exceed 1 million; a realistic possibility that they exceed 1.2 million.", nil},
		{PHIA, "There is a roughly even chance of it, and it is very likely.", []string{"roughly even chance"}},
		{ICD203, "It is highly likely (80–90%) and a realistic possibility.", []string{"a realistic possibility"}},
		{ICD203, "Roughly Even Chance", nil},
		{Kent, "Chances about even; highly likely.", []string{"highly likely"}},
		// Inside other words a phrase does not count.
		{ICD203, "unremarkable certainty", nil},
		{PHIA, "", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range scale(t, tt.scale).Check(tt.text) {
			got = append(got, f.Phrase)
			if !strings.EqualFold(tt.text[f.Offset:f.Offset+len(f.Phrase)], f.Phrase) {
				t.Errorf("%s.Check(%q): offset %d does not point at %q", tt.scale, tt.text, f.Offset, f.Phrase)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s.Check(%q) = %q; want %q", tt.scale, tt.text, got, tt.want)
		}
	}
}

func FuzzWord(f *testing.F) {
	for _, p := range []float64{0, 1, 0.5, 0.78, math.NaN(), math.Inf(1), -1, 0.0499999} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p float64) {
		for _, name := range Names() {
			w := scale(t, name).Word(p)
			if math.IsNaN(p) {
				if w.OK() {
					t.Fatalf("%s.Word(NaN) OK", name)
				}
				continue
			}
			c := math.Max(0, math.Min(1, p))
			if !w.OK() || (!w.Gap && (c < w.Lo || c > w.Hi)) {
				t.Fatalf("%s.Word(%v) = %+v", name, p, w)
			}
			_ = w.String()
		}
	})
}

func FuzzCheck(f *testing.F) {
	f.Add("It is highly likely, a roughly even chance.")
	f.Add("’likely’ ’")
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range Names() {
			for _, fr := range scale(t, name).Check(s) {
				if fr.Offset < 0 || fr.Phrase == "" {
					t.Fatalf("bad finding %+v", fr)
				}
			}
		}
	})
}
