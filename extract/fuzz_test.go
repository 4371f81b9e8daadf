package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
)

var fuzzSeeds = []string{
	"date,district,killed,injured,notes\n2025-05-02,Hpakant,6,14,\"market, bus\"\n2025-05-09,Mogaung,,3,\n",
	"Russia's forces have likely sustained around 950,000 casualties since the invasion, UK Defence Intelligence said.",
	"personnel ‒ about 893,640 (+1,310) persons, tanks ‒ 10,227 (+9)",
	"a fifth of the total (200,000) occurred in the last six months of 2025",
	"between 60 and 70 per cent of Russia's roughly one million casualties",
	"<p>Killed, confirmed by name: <b>78&nbsp;123</b></p>",
	"two hundred and fifty thousand, half a million, a quarter of a million, dozens, tens of thousands",
	"1.000.000 1 000 000 1,5 thousand 40k 1.2m",
	"since 24.02.22 to 14.03.25; in the past 24 hours; last year; the 224-day battle",
}

// FuzzExtract: no input panics, and every claim validates with a quote
// that is the text at its span.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "fuzz:"})
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := x.Extract([]byte(s))
		if err != nil {
			if utf8.ValidString(s) {
				t.Fatalf("valid UTF-8 rejected: %v", err)
			}
			return
		}
		for _, c := range cs {
			if err := c.Validate(); err != nil {
				t.Fatalf("%q: claim %q does not validate: %v", s, c.Quote, err)
			}
			if c.Span[1] > len(s) || s[c.Span[0]:c.Span[1]] != c.Quote {
				t.Fatalf("%q: span %v does not hold quote %q", s, c.Span, c.Quote)
			}
		}
	})
}

// FuzzNumber: the figure parsers never panic and never read past the
// tokens they were given.
func FuzzNumber(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		for i := range toks {
			if q, ok := parseQuantity(toks, i); ok && (q.e > len(toks) || q.s < 0 || q.s > q.e) {
				t.Fatalf("%q: quantity at %d spans [%d, %d) of %d tokens", s, i, q.s, q.e, len(toks))
			}
			if toks[i].k == tNum {
				parseDigits(toks[i].w)
			}
		}
	})
}

// FuzzPeriod: period phrases never panic and give start ≤ end.
func FuzzPeriod(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	pub := attrition.MustDate("2025-06-12")
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		for _, p := range findPeriodsOf(toks, pub, nil) {
			if p.kind == pSpan && !p.conflictStart && !p.start.IsZero() && !p.end.IsZero() && p.start > p.end {
				t.Fatalf("%q: span %s → %s", s, p.start, p.end)
			}
			if p.s < 0 || p.e > len(toks) || p.s > p.e {
				t.Fatalf("%q: period tokens [%d, %d) of %d", s, p.s, p.e, len(toks))
			}
		}
	})
}

// FuzzHTML: stripping keeps every plain byte mapped inside the input.
func FuzzHTML(f *testing.F) {
	f.Add("<p>a &amp; b</p><td>1&#8239;000</td>")
	f.Add("<script>1,000 killed</script><p>x")
	f.Add("<table><tr><th>Month</th><th>Killed</th></tr><tr><td>May 2025</td><td>183</td></tr></table>")
	f.Add("<table><tr><th> Killed <th>Injured</tr><tr><th>x<td>1<td>2<td>3</table>")
	f.Fuzz(func(t *testing.T, s string) {
		p := stripHTML([]byte(s))
		for i := range p.text {
			if p.from[i] < 0 || int(p.to[i]) > len(s) || p.from[i] > p.to[i] {
				t.Fatalf("%q: byte %d maps to [%d, %d)", s, i, p.from[i], p.to[i])
			}
		}
	})
}

func tokenize(s string) []token {
	z := &tokenizer{text: []byte(s), low: lowerASCII([]byte(s))}
	var out []token
	for {
		t, ok := z.next()
		if !ok {
			return out
		}
		out = append(out, t)
	}
}

// TestWordSoup runs the extractor over many deterministic mixes of the
// words its rules key on, in orders no passage has, and checks every
// claim: no panic, quotes at their spans, claims that validate.
func TestWordSoup(t *testing.T) {
	words := []string{"US", "us", "we", "our", "(", ")", "+", "(+", "1,000", "2.5", "half", "a", "third", "of", "them",
		"the", "total", "IISS", "Three", "Brotherhood", "Alliance", "said", "says", "according", "to", "since", "May",
		"October", "7", "2024", "24.02.22", "last", "six", "months", "past", "day", "killed", "wounded", "tanks", "‒",
		":", "destroyed", "captured", "Russia's", "Ukrainian", "enemy", "its", "soldiers", "people", "in", "Gaza",
		"between", "and", "–", "more", "than", "at", "least", "nearly", "likely", "almost", "certainly", "not", "below",
		",", ".", "\n", "|", "per", "cent", "%", "another", "over", "the", "war", "began", "on", "Monday", "a", "day",
		"dozens", "tens", "thousands", "hundred", "million", "by", "2030", "could", "lose", "personnel", "Source", "Su-25",
		"rose", "more", "others", "late", "early", "summer", "third", "quarter", "released", "compiled", "spokesman",
		"M23", "among", "aggression", "alone", "topped", "KIA", "WIA", "CI", "95%", "Saudi", "Hospital", "September-November",
		"3:1", "one", "governor", "Syrskyi", "war", "strike", "‒", "Killed", "may", "not", "fewer"}
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "soup:"})
	seed := uint32(1)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for round := 0; round < 20000; round++ {
		n := 3 + next()%40
		var b []byte
		for i := 0; i < n; i++ {
			if i > 0 && next()%4 != 0 {
				b = append(b, ' ')
			}
			b = append(b, words[next()%len(words)]...)
		}
		cs, err := x.Extract(b)
		if err != nil {
			t.Fatalf("%q: %v", b, err)
		}
		for _, c := range cs {
			if err := c.Validate(); err != nil {
				t.Fatalf("%q: claim %q does not validate: %v", b, c.Quote, err)
			}
			if string(b[c.Span[0]:c.Span[1]]) != c.Quote {
				t.Fatalf("%q: span %v does not hold %q", b, c.Span, c.Quote)
			}
		}
	}
}

// TestHTMLSoup mixes markup and entities into the word soup: quotes and
// spans must still index the input as given.
func TestHTMLSoup(t *testing.T) {
	words := []string{"<p>", "</p>", "<b>", "</b>", "&nbsp;", "&amp;", "&#8239;", "<td>", "</td>", "<tr>", "<br>",
		"<table>", "</table>", "<th>", "</th>", "</tr>", "Killed", "Injured", "May 2025", "|",
		"1", "000", "1,000", "killed", "tanks", "Russia's", "‒", "(+5)", "since", "the", "invasion", "about", "personnel",
		"<script>", "</script>", "<!-- x -->", "&lt;", "wounded", ".", ","}
	x := New(Options{Published: attrition.MustDate("2025-06-12"), URL: "soup:"})
	seed := uint32(7)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for round := 0; round < 20000; round++ {
		b := []byte("<p>")
		for i, n := 0, 3+next()%30; i < n; i++ {
			if next()%3 != 0 {
				b = append(b, ' ')
			}
			b = append(b, words[next()%len(words)]...)
		}
		cs, err := x.Extract(b)
		if err != nil {
			t.Fatalf("%q: %v", b, err)
		}
		for _, c := range cs {
			if err := c.Validate(); err != nil {
				t.Fatalf("%q: claim %q does not validate: %v", b, c.Quote, err)
			}
			if c.Span[1] > len(b) || string(b[c.Span[0]:c.Span[1]]) != c.Quote {
				t.Fatalf("%q: span %v does not hold %q", b, c.Span, c.Quote)
			}
		}
	}
}

// FuzzTokenize checks the tokenizer's fast paths against their plain
// definitions: the eight-bytes-at-a-time word scan against a byte loop,
// and the classes found from the loaded bytes against a look-up of the
// word's string.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Russia's twenty-five long-range", "killed-in-action", "abcdefghijklmnopq", "a'b-c d'", "Kyiv’s café", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := func(text string, pos int) int {
			for pos < len(text) {
				c := text[pos]
				if isASCIILetter(c) {
					pos++
					continue
				}
				if (c == '\'' || c == '-') && pos+1 < len(text) && isASCIILetter(text[pos+1]) {
					pos++
					continue
				}
				break
			}
			return pos
		}
		z := &tokenizer{text: []byte(s), low: lowerASCII([]byte(s))}
		for i := 0; i < len(s); i++ {
			if isASCIILetter(s[i]) {
				if got, want := z.asciiWordEnd(i), ref(s, i+1); got != want {
					t.Fatalf("%q: word at %d ends at %d, want %d", s, i, got, want)
				}
			}
		}
		for _, tk := range tokenize(s) {
			if tk.k != tWord {
				continue
			}
			if c, id := classify(tk.w); c != tk.cls || id != tk.id {
				t.Fatalf("%q: token %q has classes %x id %d, its string %x id %d", s, tk.w, tk.cls, tk.id, c, id)
			}
		}
	})
}
