// Package yardstick maps estimative words to probabilities and back, on
// the three scales of claims.md: the UK Professional Head of Intelligence
// Assessment yardstick (PHIA, the default), the US ICD 203 scale and
// Sherman Kent's 1964 table.
//
// Reading takes a word as written ("almost certainly", "probable") to
// its band. Writing takes a computed probability to the band that holds
// it; PHIA leaves gaps between bands (0.05–0.10, 0.20–0.25, 0.35–0.40,
// 0.50–0.55, 0.75–0.80, 0.90–0.95) and a probability in a gap goes to the
// nearer band, with Gap set so the text can say so. ICD 203 asks that one
// scale be used throughout a text: a Text binds a document to one scale,
// writes every probability through it, refuses or converts words of
// another, and Check finds another scale's words in finished prose.
package yardstick

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Band is one estimative term and its probability range. Words[0] is the
// form written in reports; the others are read as the same band.
type Band struct {
	Words  []string
	Lo, Hi float64
}

// Yardstick is one scale.
type Yardstick struct {
	Name  string // phia, icd203, kent
	Title string
	Bands []Band // ascending
}

// Names of the scales.
const (
	PHIA   = "phia"
	ICD203 = "icd203"
	Kent   = "kent"
)

var scales = map[string]*Yardstick{
	PHIA: {Name: PHIA, Title: "UK PHIA probability yardstick", Bands: []Band{
		{[]string{"remote chance", "remote", "a remote chance"}, 0, 0.05},
		{[]string{"highly unlikely", "very unlikely", "highly improbable"}, 0.10, 0.20},
		{[]string{"unlikely", "improbable", "probably not", "not likely"}, 0.25, 0.35},
		{[]string{"realistic possibility", "a realistic possibility", "possible", "possibly"}, 0.40, 0.50},
		{[]string{"likely", "probably", "probable"}, 0.55, 0.75},
		{[]string{"highly likely", "very likely", "highly probable", "very probably"}, 0.80, 0.90},
		{[]string{"almost certain", "almost certainly", "nearly certain", "near certain", "virtually certain"}, 0.95, 1},
	}},
	ICD203: {Name: ICD203, Title: "US ICD 203 expressions of likelihood", Bands: []Band{
		{[]string{"almost no chance", "remote", "remote chance"}, 0.01, 0.05},
		{[]string{"very unlikely", "highly improbable", "highly unlikely"}, 0.05, 0.20},
		{[]string{"unlikely", "improbable", "probably not"}, 0.20, 0.45},
		{[]string{"roughly even chance", "roughly even odds", "even chance"}, 0.45, 0.55},
		{[]string{"likely", "probable", "probably"}, 0.55, 0.80},
		{[]string{"very likely", "highly probable", "highly likely"}, 0.80, 0.95},
		{[]string{"almost certain", "almost certainly", "nearly certain", "nearly certainly"}, 0.95, 0.99},
	}},
	Kent: {Name: Kent, Title: "Sherman Kent's words of estimative probability (1964)", Bands: []Band{
		{[]string{"impossible"}, 0, 0},
		{[]string{"almost certainly not", "almost certain not"}, 0.02, 0.12},
		{[]string{"probably not", "unlikely"}, 0.20, 0.40},
		{[]string{"chances about even", "about even", "even chance"}, 0.40, 0.60},
		{[]string{"probable", "probably", "likely"}, 0.63, 0.87},
		{[]string{"almost certain", "almost certainly", "nearly certain"}, 0.87, 0.99},
		{[]string{"certain", "certainly"}, 1, 1},
	}},
}

// Names lists the scales, default first.
func Names() []string { return []string{PHIA, ICD203, Kent} }

// Get returns the named scale; "" is PHIA.
func Get(name string) (*Yardstick, error) {
	if name == "" {
		name = PHIA
	}
	y, ok := scales[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("unknown yardstick %q (want phia, icd203 or kent)", name)
	}
	return y, nil
}

// Default returns PHIA.
func Default() *Yardstick { return scales[PHIA] }

func normalize(w string) string {
	if isNormal(w) {
		return w // the extractor's words are: no copies
	}
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	return strings.Join(strings.Fields(w), " ")
}

// isNormal reports a w that normalize leaves as it is: ASCII with no
// capital letters, single spaces between words and no other white space.
func isNormal(w string) bool {
	if w == "" || w[0] == ' ' || w[len(w)-1] == ' ' {
		return w == ""
	}
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 0x80 || 'A' <= c && c <= 'Z' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && w[i-1] == ' ':
			return false
		}
	}
	return true
}

// Read maps a word as written to its band's range.
func (y *Yardstick) Read(word string) (lo, hi float64, ok bool) {
	b, ok := y.Band(word)
	if !ok {
		return 0, 0, false
	}
	return b.Lo, b.Hi, true
}

// Band returns the band a word belongs to.
func (y *Yardstick) Band(word string) (Band, bool) {
	w := normalize(word)
	for _, b := range y.Bands {
		for _, bw := range b.Words {
			if bw == w {
				return b, true
			}
		}
	}
	return Band{}, false
}

// Phrases returns every word the scale reads, longest first, so that a
// scanner tries "highly likely" before "likely".
func (y *Yardstick) Phrases() []string {
	var out []string
	for _, b := range y.Bands {
		out = append(out, b.Words...)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// Wording is the result of writing a probability.
type Wording struct {
	Word   string  // the band's written form; "" when P is not a number
	Lo, Hi float64 // the band's range
	P      float64 // the probability written
	// Gap is true when P lies between two bands of the scale (or beyond
	// the outermost one) and was written with the nearer one.
	Gap bool
	// gapLo and gapHi bound the gap P lies in (±Inf beyond the outermost
	// bands), so that P is printed without crossing them.
	gapLo, gapHi float64
}

// OK reports whether the wording names a band: false only for a
// probability that is not a number, which no sentence should state.
func (w Wording) OK() bool { return w.Word != "" }

// Range renders the band's range as a percentage: "80–90%", "≤5%" for a
// band open at zero, as the PHIA yardstick prints its lowest band.
func (w Wording) Range() string {
	if !w.OK() {
		return "unknown"
	}
	lo, hi := math.Round(w.Lo*100), math.Round(w.Hi*100)
	switch {
	case lo == hi:
		return fmt.Sprintf("%.0f%%", lo)
	case lo == 0:
		return fmt.Sprintf("≤%.0f%%", hi)
	}
	return fmt.Sprintf("%.0f–%.0f%%", lo, hi)
}

// Percent renders P as a percentage with the fewest decimals that keep
// what the wording says true of the printed figure: a gap value must not
// print as a band edge (0.949 is "94.9%", not "95%") nor as nearer the
// band across the gap (0.775, written "likely" on a tie, is "77.5%", not
// "78%").
func (w Wording) Percent() string {
	var s string
	for prec := 0; prec <= 2; prec++ {
		s = strconv.FormatFloat(w.P*100, 'f', prec, 64)
		if !w.Gap {
			break
		}
		v, _ := strconv.ParseFloat(s, 64)
		v /= 100
		if v > w.gapLo && v < w.gapHi && nearer(v, w) {
			break
		}
	}
	return s + "%"
}

// nearer reports whether v is no farther from w's band than from the
// band across the gap.
func nearer(v float64, w Wording) bool {
	if v < w.Lo {
		return w.Lo-v <= v-w.gapLo || math.IsInf(w.gapLo, -1)
	}
	return v-w.Hi <= w.gapHi-v || math.IsInf(w.gapHi, 1)
}

// String gives the word with its range, and the gap note where there is
// one: "highly likely (80–90%)", or "highly likely (80–90%; 78% lies
// between bands, nearer this one)".
func (w Wording) String() string {
	if !w.OK() {
		return "of unknown likelihood"
	}
	if w.Gap {
		return fmt.Sprintf("%s (%s; %s lies between bands, nearer this one)", w.Word, w.Range(), w.Percent())
	}
	return fmt.Sprintf("%s (%s)", w.Word, w.Range())
}

// extremeness is how far a band sits from even odds; the cautious choice
// between two bands is the less extreme one.
func (b Band) extremeness() float64 { return math.Abs((b.Lo+b.Hi)/2 - 0.5) }

// Word maps probability p to the band whose range holds it. Where two
// bands share an edge (ICD 203's 0.55 ends "roughly even chance" and
// starts "likely"; Kent's 0.87 ends "probable" and starts "almost
// certain") the less extreme band wins: a computed probability exactly on
// an edge has not earned the stronger word. Where p falls in a gap, the
// nearer band is chosen (ties again go to the less extreme band) and Gap
// is set. Probabilities outside [0, 1] are clamped; NaN gives a Wording
// that is not OK.
func (y *Yardstick) Word(p float64) Wording {
	if math.IsNaN(p) {
		return Wording{P: p}
	}
	p = math.Max(0, math.Min(1, p))
	best := -1
	for i, b := range y.Bands {
		if p >= b.Lo && p <= b.Hi && (best < 0 || b.extremeness() < y.Bands[best].extremeness()) {
			best = i
		}
	}
	if best >= 0 {
		b := y.Bands[best]
		return Wording{Word: b.Words[0], Lo: b.Lo, Hi: b.Hi, P: p}
	}
	best, bestDist := 0, math.Inf(1)
	for i, b := range y.Bands {
		d := math.Max(b.Lo-p, p-b.Hi)
		tie := math.Abs(d-bestDist) <= 1e-12
		if (d < bestDist && !tie) || (tie && b.extremeness() < y.Bands[best].extremeness()) {
			best, bestDist = i, d
		}
	}
	b := y.Bands[best]
	w := Wording{Word: b.Words[0], Lo: b.Lo, Hi: b.Hi, P: p, Gap: true,
		gapLo: math.Inf(-1), gapHi: math.Inf(1)}
	for _, o := range y.Bands {
		if o.Hi < p && o.Hi > w.gapLo {
			w.gapLo = o.Hi
		}
		if o.Lo > p && o.Lo < w.gapHi {
			w.gapHi = o.Lo
		}
	}
	return w
}

// Lookup reads a word on the named scale and, failing that, on the other
// scales, so that a text written on another scale still gets a range.
func Lookup(scale, word string) (lo, hi float64, ok bool) {
	y, err := Get(scale)
	if err == nil {
		if lo, hi, ok = y.Read(word); ok {
			return lo, hi, true
		}
	}
	for _, n := range Names() {
		if lo, hi, ok = scales[n].Read(word); ok {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

// AllPhrases returns every phrase any scale reads, longest first.
func AllPhrases() []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range Names() {
		for _, p := range scales[n].Phrases() {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}
