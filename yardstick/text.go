package yardstick

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text writes the estimative words of one document. ICD 203 asks that a
// text use one scale throughout, so that "likely" means one range from
// the first page to the last: a Text is bound to one Yardstick, writes
// every probability through it, refuses words the scale does not have and
// converts words read on another scale. It also remembers the bands it
// used, so a document can end with a key to exactly those words.
type Text struct {
	y    *Yardstick
	used map[int]bool
}

// NewText starts a document on scale y (nil means the default, PHIA).
func NewText(y *Yardstick) *Text {
	if y == nil {
		y = Default()
	}
	return &Text{y: y, used: map[int]bool{}}
}

// Yardstick returns the document's scale.
func (t *Text) Yardstick() *Yardstick { return t.y }

// Write maps a computed probability to the document's word for it.
func (t *Text) Write(p float64) Wording {
	w := t.y.Word(p)
	t.mark(w)
	return w
}

func (t *Text) mark(w Wording) {
	for i, b := range t.y.Bands {
		if w.OK() && b.Words[0] == w.Word && b.Lo == w.Lo && b.Hi == w.Hi {
			t.used[i] = true
		}
	}
}

// ScaleError reports a word that does not belong to a text's scale.
type ScaleError struct {
	Word  string
	Scale string // the text's scale
	// Others lists the scales that do read the word, if any.
	Others []string
}

func (e *ScaleError) Error() string {
	if len(e.Others) == 0 {
		return fmt.Sprintf("%q is not an estimative word on any scale", e.Word)
	}
	return fmt.Sprintf("%q is not a word of the %s scale (it belongs to %s); one text uses one scale",
		e.Word, e.Scale, strings.Join(e.Others, ", "))
}

// Use accepts a word written by hand into the document: it returns the
// word's band on the document's scale, or a *ScaleError when the scale
// does not read that word.
func (t *Text) Use(word string) (Wording, error) {
	b, ok := t.y.Band(word)
	if !ok {
		return Wording{}, &ScaleError{Word: word, Scale: t.y.Name, Others: scalesReading(word, t.y.Name)}
	}
	w := Wording{Word: b.Words[0], Lo: b.Lo, Hi: b.Hi, P: (b.Lo + b.Hi) / 2}
	t.mark(w)
	return w, nil
}

// Convert brings a word read on scale from (a source's own words, say)
// into the document's scale: the word's range on its scale, by its
// midpoint, is written again on the document's. The result's Lo and Hi
// are the document band's; the source's range is returned too, so the
// text can quote it.
func (t *Text) Convert(from, word string) (w Wording, srcLo, srcHi float64, err error) {
	src, err := Get(from)
	if err != nil {
		return Wording{}, 0, 0, err
	}
	b, ok := src.Band(word)
	if !ok {
		return Wording{}, 0, 0, &ScaleError{Word: word, Scale: src.Name, Others: scalesReading(word, src.Name)}
	}
	return t.Write((b.Lo + b.Hi) / 2), b.Lo, b.Hi, nil
}

func scalesReading(word, except string) []string {
	var out []string
	for _, n := range Names() {
		if n == except {
			continue
		}
		if _, ok := scales[n].Band(word); ok {
			out = append(out, n)
		}
	}
	return out
}

// Used returns the bands the document has written, in the scale's order.
func (t *Text) Used() []Band {
	idx := make([]int, 0, len(t.used))
	for i := range t.used {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	out := make([]Band, len(idx))
	for i, j := range idx {
		out[i] = t.y.Bands[j]
	}
	return out
}

// Foreign is an estimative phrase found in a text that the text's scale
// does not read.
type Foreign struct {
	Phrase string
	Offset int // byte offset in the text
	Scales []string
}

// Check scans finished prose for estimative phrases of other scales that
// this scale does not read ("roughly even chance" in a PHIA text), the
// mistake the one-scale rule exists to prevent. Phrases are matched whole
// word, case-insensitively, longest first, so "highly likely" is not also
// counted as "likely".
func (y *Yardstick) Check(text string) []Foreign {
	lower := strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	// Folding may change byte lengths only for "’"; offsets are reported
	// in the folded text, which is what a caller quoting the phrase needs.
	taken := make([]bool, len(lower)+1)
	var out []Foreign
	for _, ph := range AllPhrases() {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], ph)
			if i < 0 {
				break
			}
			i += from
			j := i + len(ph)
			from = i + 1
			if !wordBoundary(lower, i, j) || taken[i] || taken[j-1] {
				continue
			}
			for k := i; k < j; k++ {
				taken[k] = true
			}
			if _, ok := y.Band(ph); ok {
				continue
			}
			out = append(out, Foreign{Phrase: ph, Offset: i, Scales: scalesReading(ph, y.Name)})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Offset < out[b].Offset })
	return out
}

func wordBoundary(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
