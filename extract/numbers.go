package extract

import (
	"math"
	"strconv"
	"strings"
)

// number is one figure as written: digits, words or a vague quantity.
// s and e index tokens of the sentence, e exclusive.
type number struct {
	val  float64
	s, e int
	// scale is the multiplier of a scale word written after the figure
	// ("1.2 million" → 1e6), 0 when none; a range shares it
	// ("between 1 and 1.2 million").
	scale float64
	// vague marks "dozens", "thousands", "tens of thousands": a floor.
	vague bool
	// percent marks "40%", "40 per cent".
	percent bool
	// frac is set for a fraction of a figure named elsewhere ("a fifth
	// of the total", "half of them"); val is then the fraction.
	frac bool
	// mult marks a multiple of the figure before ("three times that",
	// "twice as many"): frac is set too, and val is the multiplier.
	mult bool
	// year marks a bare four-digit number that reads as a year.
	year bool
	// words marks a figure written in words.
	words bool
	// money marks a sum of money ("$1.2bn", "300 million euros").
	money bool
	// unitAdj marks a figure glued to a unit as an adjective ("224-day",
	// "18-year-old", "3rd"): never a count of losses.
	unitAdj bool
	// decimal marks a figure with a decimal part.
	decimal bool
}

var unitWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19,
}

var tensWords = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "mn": 1e6, "bn": 1e9, "thousands": 1e3, "millions": 1e6,
}

// suffixScales are letters glued to digits: "40k", "1.2m", "3bn".
var suffixScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "thousand": 1e3, "million": 1e6,
}

// fractionWords name parts of a whole: "a fifth", "two thirds".
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// vagueWords are plural quantities that UCDP and ACLED coders read as
// floors: "dozens" is at least 12, "hundreds" at least 100.
// unitIx and tensIx are unitWords and tensWords by lexicon id (the
// lexicon holds their keys): parseWordNumber reads a whole word's value
// without hashing it.
var (
	unitIx = newLexIndex(unitWords)
	tensIx = newLexIndex(tensWords)
)

// unitAtVal is unitWords of token k's word, 0 when there is none.
func unitAtVal(toks []token, k int) float64 {
	if k < 0 || k >= len(toks) {
		return 0
	}
	return unitIx.at(&toks[k])
}

var vagueWords = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
}

var currencyWords = map[string]bool{
	"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "rubles": true,
	"roubles": true, "ruble": true, "rouble": true, "hryvnias": true, "hryvnia": true, "hryvnia's": true,
	"usd": true, "eur": true, "gbp": true, "uah": true, "rub": true, "yuan": true, "shekels": true,
}

// currencySign reports a sign of money before a figure. A switch, not a
// map: this runs for every figure after a punctuation mark.
func currencySign(w string) bool {
	switch w {
	case "$", "€", "£", "₴", "₽", "¥":
		return true
	}
	return false
}

// startsNumber reports whether a token can begin a figure; the scanner
// looks at nothing else until one does.
func startsNumber(t *token) bool {
	return t.k == tNum || t.cls&clsNum != 0
}

// parseDigits reads the figure of a digit token: thousands separated by
// commas, dots (1.000.000, only with two or more groups) or spaces;
// decimals with a dot, or with a comma not followed by three digits
// ("1,5"). ok is false for things like dates ("24.02.2022").
func parseDigits(raw string) (v float64, decimal bool, ok bool) {
	// Plain digits, most figures: no need for the general parser. One
	// pass reads them as it checks them.
	if pv, pi := leadDigits(raw); pi == len(raw) {
		if len(raw) <= 15 {
			return float64(pv), false, true
		}
		n, err := strconv.ParseFloat(raw, 64)
		return n, false, err == nil
	} else if v, dec, ok := parseCommonDigits(raw, pv, pi); ok {
		return v, dec, true
	}
	// The digits, with '.' for the decimal separator, gathered for the
	// rare figure too long to compute exactly below.
	var buf [64]byte
	digits := buf[:0]
	var mant uint64
	nd, frac := 0, 0
	add := func(t string, fraction bool) {
		digits = append(digits, t...)
		for i := 0; i < len(t); i++ {
			mant = mant*10 + uint64(t[i]-'0')
		}
		nd += len(t)
		if fraction {
			frac += len(t)
		}
	}
	// Split into groups by separator.
	type group struct {
		sep  byte
		text string
	}
	var groups [24]group
	ng := 0
	start := 0
	var sep byte
	for i := 0; i <= len(raw); i++ {
		if i == len(raw) || !isDigit(raw[i]) {
			if ng == len(groups) {
				return 0, false, false
			}
			groups[ng] = group{sep, raw[start:i]}
			ng++
			if i == len(raw) {
				break
			}
			c := raw[i]
			if c != ',' && c != '.' {
				c = ' '
				// Skip the whole multi-byte space.
				j := i
				for j < len(raw) && !isDigit(raw[j]) {
					j++
				}
				i = j - 1
			}
			sep = c
			start = i + 1
		}
	}
	gs := groups[:ng]
	if len(gs[0].text) == 0 {
		return 0, false, false
	}
	// Find the decimal separator, if any: the last separator when it
	// differs from the ones before it, or a lone dot, or a lone comma
	// followed by other than three digits.
	decIdx := -1
	last := gs[len(gs)-1]
	nsep := len(gs) - 1
	switch {
	case nsep == 1 && last.sep == '.':
		decIdx = len(gs) - 1
	case nsep == 1 && last.sep == ',' && len(last.text) != 3:
		decIdx = len(gs) - 1
	case nsep >= 2 && last.sep != gs[1].sep && last.sep != ' ':
		decIdx = len(gs) - 1
	}
	for i, g := range gs {
		if i == 0 {
			if len(g.text) > 3 && nsep > 0 && decIdx != 1 {
				return 0, false, false
			}
			add(g.text, false)
			continue
		}
		if i == decIdx {
			digits = append(digits, '.')
			add(g.text, true)
			decimal = true
			continue
		}
		if len(g.text) != 3 || g.sep != gs[1].sep {
			return 0, false, false
		}
		add(g.text, false)
	}
	if nd <= 15 {
		// Exact: an integer below 2^53 divided by an exact power of
		// ten rounds once, as ParseFloat would.
		return float64(mant) / pow10[frac], decimal, true
	}
	n, err := strconv.ParseFloat(string(digits), 64)
	if err != nil || math.IsInf(n, 0) {
		return 0, false, false
	}
	return n, decimal, true
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// leadDigits reads the digits that start raw, as an integer while there
// are at most 15 of them; n is how many there are.
func leadDigits(raw string) (v uint64, n int) {
	for n < len(raw) && isDigit(raw[n]) {
		v = v*10 + uint64(raw[n]-'0')
		n++
	}
	return v, n
}

// parseCommonDigits reads the grouped and decimal figures that are next
// most common after plain digits, "12,345" and "1.5", without the
// general parser's groups: the same values, computed the same way. lead
// digits, of value v, start raw. Anything else, or more than 15
// digits, it leaves to the general parser (ok false).
func parseCommonDigits(raw string, v uint64, lead int) (float64, bool, bool) {
	if lead == 0 || lead >= len(raw) {
		return 0, false, false
	}
	switch raw[lead] {
	case '.':
		// "1.5": one dot with digits after it.
		f, n := leadDigits(raw[lead+1:])
		if n == 0 || lead+1+n != len(raw) || lead+n > 15 {
			return 0, false, false
		}
		for k := 0; k < n; k++ {
			v *= 10
		}
		return float64(v+f) / pow10[n], true, true
	case ',':
		// "12,345,678": up to three digits, then groups of three.
		if lead > 3 {
			return 0, false, false
		}
		nd := lead
		for i := lead; i < len(raw); i += 4 {
			if raw[i] != ',' || i+4 > len(raw) || !isDigit(raw[i+1]) || !isDigit(raw[i+2]) || !isDigit(raw[i+3]) {
				return 0, false, false
			}
			v = v*1000 + uint64(raw[i+1]-'0')*100 + uint64(raw[i+2]-'0')*10 + uint64(raw[i+3]-'0')
			nd += 3
		}
		if nd > 15 {
			return 0, false, false
		}
		return float64(v), false, true
	}
	return 0, false, false
}

// word returns token i's lower-case text, or "" past the end. Rules
// call it everywhere: one unsigned comparison tests both ends, as a
// negative i converts to a value past any length.
func word(toks []token, i int) string {
	if uint(i) >= uint(len(toks)) {
		return ""
	}
	return toks[i].w
}

// parseNumber reads the figure starting at token i.
func parseNumber(toks []token, i int) (n number, ok bool) {
	ok = readNumber(toks, i, &n)
	return n, ok
}

// readNumber is parseNumber into *n, which it overwrites: readQuantity
// reads a figure's first number into its quantity, not into a returned
// number copied on.
func readNumber(toks []token, i int, n *number) bool {
	if i >= len(toks) {
		*n = number{}
		return false
	}
	t := &toks[i]
	var ok bool
	if t.k == tNum {
		// "9/11", "24/7": two numbers glued by a slash name a day or a
		// ratio, no count.
		if slashPaired(toks, i) {
			*n = number{}
			return false
		}
		ok = readDigitNumber(toks, i, n)
	} else {
		*n, ok = parseWordNumber(toks, i)
	}
	if !ok {
		return false
	}
	// Money: a currency sign before, a currency word after.
	if i > 0 && toks[i-1].k == tPunct && currencySign(toks[i-1].w) {
		n.money = true
	}
	if i > 1 && toks[i-1].w == "$" {
		n.money = true
	}
	if hasCls(toks, n.e, clsCurrency) {
		n.money = true
	}
	// Multiples of the figure before: "three times that", "twice as
	// many", "four times the number".
	// The word first: it rules out nearly every figure in one test.
	if word(toks, n.e) == "times" && !n.money && !n.decimal && n.scale == 0 && !n.vague && !n.frac && n.val >= 2 && n.val <= 20 {
		if multipleRef(toks, n.e+1) > 0 {
			n.frac, n.mult = true, true
			n.e++
			return true
		}
	}
	// Percentages.
	switch word(toks, n.e) {
	case "%", "percent", "pc", "pct":
		n.percent = true
		n.e++
	case "per":
		if word(toks, n.e+1) == "cent" {
			n.percent = true
			n.e += 2
		}
	}
	return true
}

// multipleRef returns the number of tokens from i that point back to a
// figure already given ("that", "that number", "as many", "the
// figure"), 0 when they do not.
func multipleRef(toks []token, i int) int {
	switch word(toks, i) {
	case "that", "this":
		switch word(toks, i+1) {
		case "number", "figure", "toll", "total", "many", "amount":
			return 2
		}
		return 1
	case "as":
		if w := word(toks, i+1); w == "many" || w == "much" {
			return 2
		}
	case "the":
		switch word(toks, i+1) {
		case "number", "figure", "toll", "total":
			return 2
		}
	}
	return 0
}

// multipleOfOther reports that the words from i, just past a multiple's
// reference ("three times as many", "ten times the toll"), name what
// is multiplied as another toll: "as many as in 2022", "the toll of
// the 2006 war", "the number during the first year". The figure before
// is then the multiple, not the base. A clause of the figure before
// ("as many as were killed") is no other toll.
func multipleOfOther(toks []token, i int) bool {
	switch word(toks, i) {
	case "as":
		switch word(toks, i+1) {
		case "were", "was", "had", "have", "has", "died", "killed", "those", "that", "this":
			return false
		}
		return i+1 < len(toks)
	case "of", "in", "during", "for", "recorded", "reported", "seen", "suffered", "a", "last", "the":
		// ("twice the number it has acknowledged" is of the figure
		// before.)
		return word(toks, i-1) != "as" && word(toks, i-1) != "many"
	}
	return false
}

// readDigitNumber reads the figure of the digit token i into *n, which
// it overwrites: readNumber's number is its quantity's own (readQuantity),
// and one returned by value would be copied into it.
func readDigitNumber(toks []token, i int, n *number) bool {
	*n = number{}
	t := &toks[i]
	v, dec, ok := parseDigits(t.w)
	if !ok {
		return false
	}
	n.val, n.s, n.e, n.decimal = v, i, i+1, dec
	// "1'000'000": the Swiss thousands mark, groups of three digits
	// glued to straight or curly apostrophes.
	if !dec && len(t.w) <= 3 && n.e+1 < len(toks) && toks[n.e].glued && toks[n.e].k == tPunct {
		for n.e+1 < len(toks) && toks[n.e].glued && toks[n.e].k == tPunct && (toks[n.e].w == "'" || toks[n.e].w == "’") && toks[n.e+1].glued &&
			toks[n.e+1].k == tNum && len(toks[n.e+1].w) == 3 && strings.Trim(toks[n.e+1].w, "0123456789") == "" {
			g, _, _ := parseDigits(toks[n.e+1].w)
			n.val = n.val*1000 + g
			n.e += 2
		}
	}
	// "1½ million": a half glued to the digits.
	if !dec && n.e < len(toks) && toks[n.e].glued && toks[n.e].k != tWord && toks[n.e].w == "½" {
		n.val += 0.5
		n.decimal = true
		n.e++
	}
	// A glued suffix: 40k, 1.2m, 3rd, 1990s.
	if i+1 < len(toks) && toks[i+1].glued && toks[i+1].k == tWord {
		suf := toks[i+1].w
		if sc, ok := suffixScales[suf]; ok {
			n.val *= sc
			n.scale = sc
			n.e++
		} else {
			switch suf {
			case "st", "nd", "rd", "th", "s":
				n.unitAdj = true
				n.e++
				return true
			case "x":
				// "lost 2x T-90M tanks", "3x Leopard 2A6": OSINT's count
				// of machines; "3x more" stays a factor.
				if k := i + 2; k < len(toks) && toks[k].k == tWord && (toks[k].upper || toks[k].cls&clsCat != 0) {
					n.e++
					return true
				}
				fallthrough
			default:
				// "5km", "12mm", "30kg": a measure, not a count.
				n.unitAdj = true
				n.e++
				return true
			}
		}
	}
	// Glued hyphen + unit as an adjective: "224-day", "18-year-old".
	if n.e+1 < len(toks) && toks[n.e].glued && (toks[n.e].w == "-" || toks[n.e].w == "–") && toks[n.e+1].glued && toks[n.e+1].k == tWord {
		switch w := toks[n.e+1].w; {
		case w == "strong" || w == "plus" || w == "odd":
		default:
			if _, isScale := scaleAt(toks, n.e+1); !isScale {
				n.unitAdj = true
				return true
			}
		}
	}
	// A scale word: "1.2 million", "40 thousand", "2 hundred".
	if n.scale == 0 {
		w := word(toks, n.e)
		if sc, ok := scaleAt(toks, n.e); ok && w != "thousands" && w != "millions" {
			n.val *= sc
			n.scale = sc
			n.e++
		} else if w == "hundred" {
			n.val *= 100
			n.scale = 100
			n.e++
			if sc, ok := scaleAt(toks, n.e); ok {
				n.val *= sc
				n.scale = sc
				n.e++
			}
		} else if (w == "m" || w == "k") && !toks[n.e].upper {
			// "1.2 m casualties" with a space; rare but seen.
			if sc := suffixScales[w]; n.decimal || word(toks, n.e+1) != "" && isPersonnelWord(word(toks, n.e+1)) {
				n.val *= sc
				n.scale = sc
				n.e++
			}
		}
	}
	// "1.023 million" is 1,023,000, not the float product's
	// 1,022,999.9999999999.
	if n.scale >= 100 {
		n.val = math.Round(n.val)
	}
	// "10.850 tanks": a dot before three digits and a count of things
	// or people is a thousands separator (written so across Europe);
	// no one counts 10.85 tanks.
	if n.scale == 0 && dec && !n.unitAdj && strings.Count(t.w, ".") == 1 && strings.IndexByte(t.w, ',') < 0 && len(t.w)-strings.IndexByte(t.w, '.') == 4 && n.e < len(toks) {
		if nx := &toks[n.e]; nx.k == tWord && nx.cls&(clsCat|clsPerson) != 0 && word(toks, n.e) != "per" {
			n.val = math.Round(n.val * 1000)
			n.decimal = false
		}
	}
	// A bare four-digit number with no scale reads as a year.
	if n.scale == 0 && !dec && len(t.w) == 4 && v >= 1800 && v <= 2100 {
		n.year = true
	}
	return true
}

// wordAtom is one piece of a number written in words.
type wordAtom struct {
	kind byte // 'u' unit/ten, 'h' hundred, 's' scale, 'a' article, 'n' and, 'd' dozen
	v    float64
	tok  int
}

// parseWordNumber reads numbers in words: "two hundred and fifty
// thousand", "a dozen", "half a million", "a quarter of a million", "one
// and a half million", and vague quantities ("dozens", "tens of
// thousands", "several hundred").
func parseWordNumber(toks []token, i int) (number, bool) {
	w := toks[i].w
	if w == "a" || w == "an" {
		// An article starts a figure only before "few", a fraction, a
		// multiplier or "dozen" (the paths below); it is also the most
		// common word that may, so it leaves here otherwise.
		if nx := word(toks, i+1); !(nx == "few" || nx == "hundred" || nx == "dozen" || nx == "couple" || nx == "score" || hasCls(toks, i+1, clsFraction|clsScale)) {
			// "A civilian was killed", "shot down a Russian Ka-52
			// helicopter": one person or one machine lost.
			if singleLoss(toks, i) >= 0 {
				return number{val: 1, s: i, e: i + 1, words: true}, true
			}
			return number{}, false
		}
		// "a couple hundred thousand", "a couple of dozen", "a score of":
		// two of the unit, twenty (approx, which the shape reads).
		if nx := word(toks, i+1); nx == "couple" || nx == "score" {
			return coupleNumber(toks, i)
		}
	}
	// Vague quantities.
	if w == "tens" || w == "hundreds" || w == "dozens" || w == "thousands" || w == "scores" || w == "millions" {
		base := vagueWords[w]
		if w == "tens" {
			base = 10
		}
		e := i + 1
		if word(toks, e) == "of" {
			if sc, ok := scaleWords[word(toks, e+1)]; ok && (word(toks, e+1) == "thousands" || word(toks, e+1) == "millions") {
				base *= sc
				e += 2
			}
		}
		if w == "tens" && base == 10 {
			return number{}, false
		}
		return number{val: base, s: i, e: e, vague: true, words: true}, true
	}
	if w == "several" || w == "many" || w == "few" {
		// "several hundred", "many thousands", "a few thousand".
		nw := word(toks, i+1)
		if nw == "hundred" || nw == "hundreds" {
			return number{val: 100, s: i, e: i + 2, vague: true, words: true}, true
		}
		if sc, ok := scaleWords[nw]; ok {
			return number{val: sc, s: i, e: i + 2, vague: true, words: true}, true
		}
		if nw == "dozen" {
			return number{val: 12, s: i, e: i + 2, vague: true, words: true}, true
		}
		return number{}, false
	}
	if (w == "a" || w == "an") && word(toks, i+1) == "few" {
		nw := word(toks, i+2)
		if nw == "hundred" {
			return number{val: 100, s: i, e: i + 3, vague: true, words: true}, true
		}
		if sc, ok := scaleWords[nw]; ok && nw != "thousands" && nw != "millions" {
			return number{val: sc, s: i, e: i + 3, vague: true, words: true}, true
		}
		if nw == "dozen" {
			return number{val: 12, s: i, e: i + 3, vague: true, words: true}, true
		}
		return number{}, false
	}
	// Fractions: "half a million", "a quarter of a million", "a fifth of
	// the total", "two thirds of them".
	if n, ok := parseFraction(toks, i); ok {
		return n, true
	}
	// Cardinals.
	var atoms [32]wordAtom
	na := 0
	j := i
	for j < len(toks) && na < len(atoms)-4 {
		t := &toks[j]
		if t.k != tWord {
			break
		}
		parts := t.w
		if t.cls&clsNum == 0 && parts != "and" && parts != "trillion" && strings.IndexByte(parts, '-') < 0 {
			break // no case below takes a word of no number class
		}
		added := 0
		okTok := true
		for rest := parts; rest != ""; {
			p := rest
			if i := strings.IndexByte(rest, '-'); i >= 0 {
				p, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			// A unit's or a ten's value: by the token's id when p is the
			// whole word, else ("twenty-five") by its string.
			var v float64
			if len(p) == len(t.w) {
				if v = unitIx.at(t); v == 0 {
					v = tensIx.at(t)
				}
			} else if v = unitWords[p]; v == 0 {
				v = tensWords[p]
			}
			switch {
			case v != 0 || p == "zero":
				atoms[na] = wordAtom{'u', v, j}
			case p == "hundred":
				atoms[na] = wordAtom{'h', 100, j}
			case p == "thousand" || p == "million" || p == "billion" || p == "trillion":
				atoms[na] = wordAtom{'s', scaleWords[p], j}
			case p == "dozen":
				atoms[na] = wordAtom{'d', 12, j}
			case (p == "a" || p == "an") && added == 0:
				atoms[na] = wordAtom{'a', 1, j}
			// "two hundred and fifty", "a thousand and one": "and" after
			// a hundred or a scale; "between one and three million" is
			// a range, not one and three million added.
			case p == "and" && added == 0 && na > 0 && (atoms[na-1].kind == 'h' || atoms[na-1].kind == 's'):
				atoms[na] = wordAtom{'n', 0, j}
			default:
				okTok = false
			}
			if !okTok {
				break
			}
			na++
			added++
		}
		if !okTok {
			na -= added
			break
		}
		j++
	}
	// Trim: articles must be followed by a multiplier, "and" by a number.
	// The kept atoms are moved down in atoms itself (clean): an atom is
	// written at nc <= k, behind the atoms still to read.
	as := atoms[:na]
	clean := atoms[:]
	nc := 0
	for k := 0; k < len(as); k++ {
		a := as[k]
		switch a.kind {
		case 'a':
			if k+1 < len(as) && (as[k+1].kind == 'h' || as[k+1].kind == 's' || as[k+1].kind == 'd') && (nc == 0 || clean[nc-1].kind == 'n') {
				clean[nc] = a
				nc++
				continue
			}
			goto done
		case 'n':
			if nc > 0 && k+1 < len(as) && as[k+1].kind != 'n' && as[k+1].kind != 's' && as[k+1].kind != 'h' {
				clean[nc] = a
				nc++
				continue
			}
			goto done
		}
		clean[nc] = a
		nc++
	}
done:
	for nc > 0 && (clean[nc-1].kind == 'a' || clean[nc-1].kind == 'n') {
		nc--
	}
	if nc == 0 {
		return number{}, false
	}
	total, cur := 0.0, 0.0
	lastScale := 0.0
	seenUnit := false
	for _, a := range clean[:nc] {
		switch a.kind {
		case 'u':
			if seenUnit && a.v >= 10 && cur != 0 && math.Mod(cur, 100) != 0 {
				// "twenty thirty" is two numbers, not one.
				nc = -1
			}
			cur += a.v
			seenUnit = true
		case 'a':
			cur += 1
		case 'h':
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case 'd':
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		case 's':
			if cur == 0 {
				cur = 1
			}
			if lastScale != 0 && a.v >= lastScale {
				total = (total + cur) * a.v
			} else {
				total += cur * a.v
			}
			lastScale = a.v
			cur = 0
		}
		if nc < 0 {
			break
		}
	}
	if nc < 0 {
		return number{}, false
	}
	total += cur
	end := clean[len(clean[:nc])-1].tok + 1
	n := number{val: total, s: i, e: end, words: true}
	if lastScale != 0 {
		n.scale = lastScale
	}
	// "one and a half million", "two and a half thousand".
	if word(toks, end) == "and" && (word(toks, end+1) == "a" || word(toks, end+1) == "one") && word(toks, end+2) == "half" {
		if sc, ok := scaleWords[word(toks, end+3)]; ok && word(toks, end+3) != "thousands" && word(toks, end+3) != "millions" {
			n.val = (total + 0.5) * sc
			n.scale = sc
			n.e = end + 4
		} else if n.scale != 0 {
			// "a million and a half"
			n.val = total + n.scale/2
			n.e = end + 3
		}
	}
	return n, true
}

// coupleNumber reads "a couple hundred thousand" (200,000), "a couple
// of dozen" (24), "a couple thousand", "a score of" (20) at i.
func coupleNumber(toks []token, i int) (number, bool) {
	k := i + 2
	if word(toks, i+1) == "score" {
		if word(toks, k) != "of" {
			return number{}, false
		}
		return number{val: 20, s: i, e: i + 2, words: true}, true
	}
	if word(toks, k) == "of" {
		k++
	}
	val := 2.0
	switch w := word(toks, k); {
	case w == "dozen":
		return number{val: 24, s: i, e: k + 1, words: true}, true
	case w == "hundred":
		val, k = 200, k+1
	}
	if sc, ok := scaleWords[word(toks, k)]; ok && (word(toks, k) == "thousand" || word(toks, k) == "million") {
		return number{val: val * sc, s: i, e: k + 1, words: true, scale: sc}, true
	}
	if val == 200 {
		return number{val: val, s: i, e: k, words: true}, true
	}
	return number{}, false
}

// parseFraction reads "half a million", "a quarter of a million", "three
// quarters of a million", and fractions of a figure named elsewhere
// ("a fifth of the total", "half of them").
func parseFraction(toks []token, i int) (number, bool) {
	// "one in three of whom were killed", "three in four were wounded":
	// a share said as so many in so many.
	if word(toks, i+1) == "in" {
		n, ok1 := smallCount(word(toks, i))
		d, ok2 := smallCount(word(toks, i+2))
		if ok1 && ok2 && n > 0 && d > n && d <= 20 {
			j := i + 3
			switch word(toks, j) {
			case "of", "are", "were", "is", "was", "have", "had", "died", "been":
				return number{val: float64(n) / float64(d), s: i, e: j, frac: true, words: true}, true
			}
		}
	}
	j := i
	num, hyphenDen := 1.0, 0.0
	w := word(toks, j)
	switch {
	case w == "a" || w == "an" || w == "one":
		j++
	case unitAtVal(toks, j) > 1: // unitWords[w]
		num = unitAtVal(toks, j)
		j++
	case w == "half":
	default:
		// "a half-million casualties": the fraction and its scale as
		// one word.
		if h, sc, ok := strings.Cut(w, "-"); ok && (h == "half" || h == "quarter") {
			if v, ok := scaleWords[sc]; ok && (sc == "million" || sc == "thousand" || sc == "billion") {
				f := 0.5
				if h == "quarter" {
					f = 0.25
				}
				s := i
				if b := word(toks, i-1); b == "a" || b == "an" {
					s = i - 1
				}
				return number{val: f * v, s: s, e: i + 1, words: true, scale: v}, true
			}
		}
		// "two-thirds", "one-quarter": the hyphenated spelling, one
		// token that is numerator and denominator both.
		n, d, ok := hyphenFraction(w)
		if !ok {
			return number{}, false
		}
		num, hyphenDen = n, d
	}
	den, ok := hyphenDen, hyphenDen > 0
	if !ok && hasCls(toks, j, clsFraction) {
		den, ok = fractionWords[toks[j].w]
	}
	if !ok {
		return number{}, false
	}
	if w == "half" && j != i {
		return number{}, false
	}
	if den == 2 && word(toks, j) == "half" && j != i && w != "a" && w != "one" {
		return number{}, false
	}
	// Singular "third"/"quarter" after a numerator > 1 is an ordinal.
	frac := num / den
	j++
	// "a quarter million", "a half million", "three-quarter million":
	// the scale straight after, as American reporting writes it.
	if nw := word(toks, j); nw == "million" || nw == "billion" || nw == "thousand" {
		if sc, ok := scaleWords[nw]; ok {
			return number{val: frac * sc, s: i, e: j + 1, words: true, scale: sc}, true
		}
	}
	// "half a million", "a quarter of a million", "half a dozen".
	k := j
	if word(toks, k) == "of" {
		k++
	}
	if word(toks, k) == "a" || word(toks, k) == "an" {
		nw := word(toks, k+1)
		if sc, ok := scaleWords[nw]; ok && nw != "thousands" && nw != "millions" {
			return number{val: frac * sc, s: i, e: k + 2, words: true, scale: sc}, true
		}
		if nw == "dozen" {
			return number{val: frac * 12, s: i, e: k + 2, words: true}, true
		}
	}
	if word(toks, j) == "of" {
		return number{val: frac, s: i, e: j, frac: true, words: true}, true
	}
	// "Of the total, about a third are dead": the whole named before.
	switch word(toks, j) {
	case "are", "were", "is", "was", "have", "had", "died", "been":
		if w != "half" || j > i+1 {
			return number{val: frac, s: i, e: j, frac: true, words: true}, true
		}
		if word(toks, i-1) != "a" && word(toks, i-1) != "and" {
			return number{val: frac, s: i, e: j, frac: true, words: true}, true
		}
	}
	return number{}, false
}

// hyphenFraction reads a fraction spelt as one hyphenated word:
// "two-thirds" is 2 and 3, "one-quarter" 1 and 4.
func hyphenFraction(w string) (num, den float64, ok bool) {
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return 0, 0, false
	}
	d, ok := fractionWords[w[i+1:]]
	if !ok {
		return 0, 0, false
	}
	switch w[:i] {
	case "one", "a":
		return 1, d, true
	}
	n, ok := unitWords[w[:i]]
	return n, d, ok && n > 1 && n < d
}

func isPersonnelWord(w string) bool {
	return personWords[w] || categoryWordSet[w]
}

// slashPaired reports a number at i glued by a slash to a short number
// before or after it: "9/11", "24/7", "50/50".
func slashPaired(toks []token, i int) bool {
	if j := i + 1; j+1 < len(toks) && toks[j].w == "/" && toks[j].glued && toks[j+1].glued && toks[j+1].k == tNum && len(toks[i].w) <= 2 && len(toks[j+1].w) <= 2 {
		return true
	}
	if i >= 2 && toks[i].glued && toks[i-1].w == "/" && toks[i-1].glued && toks[i-2].k == tNum && len(toks[i].w) <= 2 && len(toks[i-2].w) <= 2 {
		return true
	}
	return false
}

// singlePeople are the nouns of one person that a loss names with "a"
// or "an": "a civilian was killed", "killing a soldier".
var singlePeople = map[string]bool{
	"soldier": true, "civilian": true, "man": true, "woman": true, "child": true, "boy": true, "girl": true,
	"serviceman": true, "servicewoman": true, "reservist": true, "officer": true, "journalist": true,
	"medic": true, "paramedic": true, "policeman": true, "volunteer": true, "resident": true, "driver": true,
	"farmer": true, "teenager": true, "person": true, "worker": true, "doctor": true, "nurse": true,
	"fighter": true, "militant": true, "commander": true, "pilot": true, "sailor": true, "hostage": true,
	"palestinian": true, "israeli": true, "ukrainian": true, "russian": true, "guard": true, "rescuer": true,
}

// singlePeopleIx is singlePeople by the word's id: singleLoss asks it
// of every word after an article, which a hash of the word cost more.
var singlePeopleIx = newLexIndex(singlePeople)

// designationIn returns the start of a model's designation in tokens
// [s, e) whose letters name a kind of machine ("Su-34", "Ka-52",
// "MQ-9"), or -1.
func designationIn(toks []token, s, e int) int {
	for k := s; k+2 < len(toks) && k+2 <= e; k++ {
		if toks[k].upper && toks[k].k == tWord && isDash(toks[k+1].w) && toks[k+1].glued && toks[k+2].k == tNum && designationKind(toks[k].w) != "" {
			return k
		}
	}
	return -1
}

// lossVerbBefore reports a verb of destroying a machine just before an
// article: "destroyed a", "shot down a".
func lossVerbBefore(before, before2 string) bool {
	switch before {
	case "destroyed", "downed", "lost", "captured", "damaged", "destroying", "downing", "sank", "sinking":
		return true
	case "down":
		return before2 == "shot" || before2 == "shooting"
	}
	return false
}

// singleLoss reports "a"/"an" at i that counts one person or one
// machine lost: a noun of one person with its verb of loss after it ("A
// civilian was killed", "an Israeli soldier died") or an active verb of
// killing before ("killing a woman"); a machine after a verb of
// destroying ("shot down a Russian Ka-52 helicopter") or in a list of
// losses ("lost a tank, an armoured personnel carrier and three guns").
// It gives the noun's index, or -1.
func singleLoss(toks []token, i int) int {
	// Every way below ends on a verb of loss before the article or on
	// a word of loss or of a category after it: most articles have
	// neither, and leave before the walk.
	switch before := word(toks, i-1); before {
	case "killed", "killing", "wounded", "wounding", "injured", "injuring", "shot", ",", "and":
	default:
		if !lossVerbBefore(before, word(toks, i-2)) && clsIn(toks, i+2, i+16)&(clsLoss|clsCat) == 0 {
			return -1
		}
	}
	// The noun, past a few words that qualify it: names in capitals,
	// an age ("72-year-old"), plain adjectives.
	j := i + 1
	for n := 0; j < len(toks) && n < 6; n++ {
		t := &toks[j]
		// ("a Russian helicopter", "a Palestinian man": a people's
		// name is the noun only when nothing follows it but the verb.)
		if t.k == tWord && singlePeopleIx.at(t) && !(t.upper && j+1 < len(toks) && toks[j+1].k == tWord && toks[j+1].w != "was" && toks[j+1].w != "died") {
			break
		}
		// ("a Russian S-400 system": the model the lexicon knows is
		// the noun.)
		if t.cls&clsCat != 0 && j > i+1 {
			if _, _, ok := equipmentIx.match(toks, j); ok {
				break
			}
		}
		if t.k == tNum || isDash(t.w) || t.w == "year" || t.w == "old" || t.upper && t.k == tWord ||
			t.k == tWord && t.cls&(clsWordClasses|clsStopWords) == 0 && !strings.HasSuffix(t.w, "s") {
			j++
			continue
		}
		break
	}
	if j >= len(toks) {
		return -1
	}
	before := word(toks, i-1)
	if singlePeopleIx.at(&toks[j]) {
		switch before {
		case "killed", "killing", "wounded", "wounding", "injured", "injuring", "shot":
			return j
		}
		switch word(toks, j+1) {
		case "was":
			switch word(toks, j+2) {
			case "killed", "wounded", "injured", "hurt":
				return j
			case "shot":
				if word(toks, j+3) == "dead" {
					return j
				}
			}
		case "died":
			return j
		}
		// "killed two soldiers and a civilian", "Two soldiers and a
		// civilian were killed": the last of a list of people lost.
		if before == "and" && peopleListLoss(toks, i, j) {
			return j
		}
		return -1
	}
	_, end, ok := equipmentIx.match(toks, j)
	if !ok {
		// "shot down a Russian Su-34 on Monday": a model whose letters
		// name its kind, with no noun after it.
		// ("lost two T-72B3s and a BMP-2": an item of a list.)
		// ("A Russian Su-34 was shot down on Tuesday": the passive
		// after the model.)
		if d := designationIn(toks, i+1, j); d >= 0 && (lossVerbBefore(before, word(toks, i-2)) || lossListItem(toks, i) || passiveLossAt(toks, j)) {
			return d
		}
		return -1
	}
	// ("a Leopard tank": the model, then its kind.)
	if _, e2, ok := equipmentIx.match(toks, end); ok {
		end = e2
	}
	// "A Russian Tu-22M3 bomber was destroyed", "a Leopard tank was
	// shot down": the passive after the machine.
	if passiveLossAt(toks, end) {
		return j
	}
	if lossVerbBefore(before, word(toks, i-2)) {
		return j
	}
	if lossListItem(toks, i) {
		return j
	}
	return -1
}

// peopleListLoss reports that "and a <person>" at i (the noun at j)
// ends a list whose item before is people counted with a figure, lost
// by a verb before the list ("killed two soldiers and a civilian") or
// after it ("two soldiers and a civilian were killed").
func peopleListLoss(toks []token, i, j int) bool {
	if i < 3 || toks[i-2].cls&clsPerson == 0 {
		return false
	}
	// The figure of the item before, a few words back: "two SDF
	// commanders", "three Israeli soldiers".
	k := i - 3
	for ; k >= 0 && k >= i-6 && !startsNumber(&toks[k]); k-- {
		if toks[k].k == tPunct {
			return false
		}
	}
	if k < 0 || k < i-6 {
		return false
	}
	switch word(toks, k-1) {
	case "killed", "killing", "wounded", "wounding", "injured", "injuring":
		return true
	}
	if w := word(toks, j+1); w == "were" || w == "have" || w == "had" {
		n := j + 2
		if word(toks, n) == "been" {
			n++
		}
		switch word(toks, n) {
		case "killed", "wounded", "injured":
			return true
		}
	}
	return false
}

// passiveLossAt reports a machine's passive of loss at k: "was
// destroyed", "was shot down".
func passiveLossAt(toks []token, k int) bool {
	if w := word(toks, k); w != "was" && w != "is" {
		return false
	}
	switch word(toks, k+1) {
	case "destroyed", "downed", "sunk", "lost", "damaged", "captured", "abandoned":
		return true
	case "shot":
		return word(toks, k+2) == "down"
	}
	return false
}

// lossListItem reports the article at i as an item of a list of losses
// after its verb: "lost a tank, an armoured personnel carrier and".
func lossListItem(toks []token, i int) bool {
	switch word(toks, i-1) {
	case ",", "and":
		for k := i - 2; k >= 0 && k >= i-14; k-- {
			switch toks[k].w {
			case "lost", "destroyed", "downed", "captured", "damaged":
				return true
			case ".", ";":
				return false
			}
		}
	}
	return false
}
