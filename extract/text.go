package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
)

// token is one word, digit group or punctuation mark of the text. Offsets
// index the plain text; w is the lower-case form, which for words is a
// substring of the lower-cased document, so tokens cost no allocation.
//
// The tokenizer writes tokens with set, which must set every field.
type token struct {
	s, e int
	w    string
	// cls holds the word's lexicon classes (lexicon.go).
	cls uint64
	// id numbers the word in the lexicon (lexIndex), 0 if not there.
	id uint16
	k  tkind
	// upper: the first letter is upper case (names, sentence starts).
	upper bool
	// glued: no space between this token and the previous one ("40k",
	// "224-day", "Russia's").
	glued bool
	// nl counts the line breaks before the token, up to two (a blank
	// line); the sentence splitter reads it.
	nl uint8
	// bar, on the first token of a sentence the splitter emits, says
	// that the sentence holds a table's bar "|" (isListItem); the
	// splitter sees every punctuation mark as it reads, so the rules
	// need not scan the sentence for one.
	bar bool
	// poss: a word that ends in "'s" ("russia's", "kyiv’s" read as
	// "kyiv's"); scanSentence passes the others by with one test.
	poss bool
}

// Byte classes of the tokenizer's ASCII fast path.
const (
	bSpace   uint8 = 1 << iota // blank within a line
	bNewline                   // '\n'
	bLetter
	bDigit
	bUpper
	bHigh // a byte of a non-ASCII character
	bJoin // an apostrophe or hyphen, which may join letters into a word
)

var asciiClass = func() (t [256]uint8) {
	for _, c := range []byte(" \t\r\f\v") {
		t[c] = bSpace
	}
	t['\n'] = bNewline
	t['\''], t['-'] = bJoin, bJoin
	for c := 'a'; c <= 'z'; c++ {
		t[c] = bLetter
		t[c-'a'+'A'] = bLetter | bUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bDigit
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = bHigh
	}
	return t
}()

// isSpaceRune reports the spaces that separate words, including the
// no-break and thin spaces that typesetters put between digit groups.
func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' ||
		r == 0xA0 || r == 0x2009 || r == 0x202F || r == 0x2007 || (r > 0x7f && unicode.IsSpace(r))
}

// isGroupSpace reports spaces that may separate digit groups ("1 000 000").
func isGroupSpace(r rune) bool {
	return r == ' ' || r == 0xA0 || r == 0x2009 || r == 0x202F || r == 0x2007
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// lowerASCII returns text with ASCII letters folded; byte offsets are
// unchanged, which is what lets tokens share one lower-case copy.
func lowerASCII(text []byte) string {
	s, _ := lowerASCIIInto(nil, text)
	return s
}

// leadTokens returns the first n tokens of a short text such as a
// table's header cell or a source's name.
func leadTokens(b []byte, n int) []token {
	z := &tokenizer{text: b, low: lowerASCII(b)}
	var toks []token
	var t token
	for len(toks) < n && z.nextInto(&t) {
		toks = append(toks, t)
	}
	return toks
}

// lowerASCIIInto is lowerASCII into buf when it has room, so that a
// pooled document reuses one copy. The string lives only as long as the
// document: nothing a claim keeps may share it (TestClaimsOwnTheirStrings).
func lowerASCIIInto(buf, text []byte) (string, []byte) {
	if len(text) == 0 {
		return "", buf
	}
	if cap(buf) < len(text) {
		buf = make([]byte, len(text))
	}
	b := buf[:len(text)]
	// Thirty-two bytes at a time, then eight, then one. Most runs of
	// thirty-two bytes are ASCII, which lowerASCII32 folds in fewer
	// steps than lower8 takes.
	n, i := len(text), 0
	for i+32 <= n {
		if i = lowerASCII32(b, text, i); i+32 <= n {
			lower32(b[i:i+32], text[i:i+32])
			i += 32
		}
	}
	for ; i+8 <= n; i += 8 {
		binary.LittleEndian.PutUint64(b[i:i+8:i+8], lower8(binary.LittleEndian.Uint64(text[i:i+8:i+8])))
	}
	for ; i < n; i++ {
		c := text[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	// b is not written again while the string is in use.
	return unsafe.String(&b[0], len(b)), buf
}

// lowerASCII32 folds src into dst, which is as long, thirty-two bytes at
// a time from i while they are ASCII, and returns where it stopped: at a
// run that is not ASCII, or where fewer than thirty-two bytes are left.
// It calls nothing, so that its loop keeps its values in registers.
func lowerASCII32(dst, src []byte, i int) int {
	if !littleEndian {
		return i // lower32 folds it all
	}
	dst = dst[:len(src)]
	// The words are loaded and stored as load8 loads them, in the
	// machine's order, which does not matter: no sum carries from one
	// byte into another. Adding geA to an ASCII byte sets its high bit
	// when it is 'A' or above, adding gtZ when it is above 'Z', and the
	// capitals are the bytes where the two differ: lower8 with no
	// steps for bytes above 0x7f. The steps are spelled out, not a
	// function's, since an inlined call costs an instruction here.
	const hi, geA, gtZ = 0x8080808080808080, 0x3f3f3f3f3f3f3f3f, 0x2525252525252525
	for ; i+32 <= len(src); i += 32 {
		s := (*[4]uint64)(unsafe.Pointer(&src[i]))
		d := (*[4]uint64)(unsafe.Pointer(&dst[i]))
		x0, x1, x2, x3 := s[0], s[1], s[2], s[3]
		if (x0|x1|x2|x3)&hi != 0 {
			break
		}
		d[0] = x0 | ((x0+geA)^(x0+gtZ))&hi>>2
		d[1] = x1 | ((x1+geA)^(x1+gtZ))&hi>>2
		d[2] = x2 | ((x2+geA)^(x2+gtZ))&hi>>2
		d[3] = x3 | ((x3+geA)^(x3+gtZ))&hi>>2
	}
	return i
}

// lower32 folds the thirty-two bytes of src into dst with lower8, for
// the runs that lowerASCII32 leaves.
func lower32(dst, src []byte) {
	_, _ = dst[31], src[31]
	binary.LittleEndian.PutUint64(dst, lower8(binary.LittleEndian.Uint64(src)))
	binary.LittleEndian.PutUint64(dst[8:], lower8(binary.LittleEndian.Uint64(src[8:])))
	binary.LittleEndian.PutUint64(dst[16:], lower8(binary.LittleEndian.Uint64(src[16:])))
	binary.LittleEndian.PutUint64(dst[24:], lower8(binary.LittleEndian.Uint64(src[24:])))
}

// lower8 folds the ASCII capitals of eight bytes: the case bit is set in
// the bytes that hold 'A'..'Z' and no other, so non-ASCII bytes pass
// unchanged.
func lower8(x uint64) uint64 {
	b7 := x & 0x7f7f7f7f7f7f7f7f
	geA := b7 + 0x3f3f3f3f3f3f3f3f // high bit where b7 >= 'A'
	gtZ := b7 + 0x2525252525252525 // high bit where b7 > 'Z'
	upper := (geA ^ gtZ) &^ x & 0x8080808080808080
	return x | upper>>2
}

// tokenizer walks the plain text once. It yields tokens and sentence
// boundaries together so that the extractor never looks at a byte twice
// except inside the small windows around figures.
type tokenizer struct {
	text []byte
	low  string
	pos  int
	// marks, when not nil, receives fill's marks.
	marks []int32
}

// leaderAt reports a run of four dots or more at i: a leader between a
// label and its figure ("Civilians ......... 4,946").
func leaderAt(text []byte, i int) bool {
	return i+3 < len(text) && text[i+1] == '.' && text[i+2] == '.' && text[i+3] == '.'
}

// columnGap reports a gap between columns at text[from:to]: three
// spaces or more, or a tab, after a word or figure (not after the full
// stop of a sentence, which some writers follow with spaces, nor after a
// label's colon, which they follow with spaces to align the values:
// "Tanks:      11,094", nor the padding around a bar that already
// divides the columns).
func columnGap(text []byte, from, to int) bool {
	if from == 0 || to-from < 3 && bytes.IndexByte(text[from:to], '\t') < 0 {
		return false
	}
	switch text[from-1] {
	case ' ', '\t', '\n', '\r', '.', '!', '?', ':', '|':
		return false
	}
	// The padding of a cell in a table drawn with bars ("| 260      |")
	// is no column of its own.
	if to < len(text) && text[to] == '|' {
		return false
	}
	for _, c := range text[from:to] {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// skipSpace returns the end of the white space at i and the line breaks
// in it.
func skipSpace(text []byte, i int) (int, int) {
	newlines := 0
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			cl := asciiClass[c]
			if cl&(bSpace|bNewline) == 0 {
				break
			}
			i++
			if cl == bNewline {
				newlines++
			}
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if !isSpaceRune(r) {
			break
		}
		i += n
		if r == 0x2028 || r == 0x2029 || r == 0x85 {
			newlines++
		}
	}
	return i, newlines
}

// next returns the next token, or ok=false at the end of the text.
func (z *tokenizer) next() (t token, ok bool) {
	ok = z.nextInto(&t)
	return t, ok
}

// nextInto reads the next token into *t, which it overwrites whole, or
// returns false at the end of the text.
func (z *tokenizer) nextInto(t *token) bool {
	if z.fill(unsafe.Slice(t, 1)) == 0 {
		*t = token{}
		return false
	}
	return true
}

// fill reads tokens into out, overwriting each whole, until out is full
// or the text ends, and returns how many it read. Reading a batch in one
// loop spares the sentence splitter a call for every token.
//
// Most words are ASCII letters shorter than eight bytes, which one load
// of the lower-case copy holds with the byte that ends them, and most
// others shorter than sixteen, which two loads hold: the loop reads those
// itself, and ASCII punctuation marks, and calls token for the rest.
//
// When z.marks is not nil, fill also appends to it the indices in out of
// the punctuation marks and of the tokens after a line break, in order:
// only before those and the tokens after the marks may a sentence end,
// so that the splitter looks at no other token. Each index carries the
// bits that say what the splitter is to do there (markNewline and the
// others). They are kept in z, not in the loop's registers; z.marks must
// have room for all of out.
//
// It is not inlined: in the splitter's loop the splitter's values would
// crowd the loop's registers, and be reloaded on every token.
//
//go:noinline
func (z *tokenizer) fill(out []token) int {
	low := z.low
	// The text as a string, for byteAt: lowerASCII's copy is as long.
	textS := unsafe.String(unsafe.SliceData(z.text[:len(low)]), len(low))
	pos := z.pos
	// The loop steps out, not an index, which spares it a register:
	// the token being read is out[0], the batch's token all-len(out).
	all := len(out)
	for ; len(out) > 0; out = out[1:len(out):len(out)] {
		t := &out[0]
		// Most tokens follow one space or none, with eight bytes
		// after them; token reads the text's last few.
		if littleEndian && pos+9 <= len(low) {
			// The loads below read within the bounds tested
			// here, and need no test of their own.
			start := pos
			if byteAt(low, pos) == ' ' {
				start++
			}
			cl := asciiClass[byteAt(textS, start)]
			if cl&bLetter != 0 {
				// The word ends where the loads say unless an
				// apostrophe or hyphen may join it to more letters,
				// or a non-ASCII letter follows.
				x := load8(low, start)
				// The high bit of each byte that is not a letter; the
				// first is, so the lowest set bit is a later byte's.
				if stop := nonLetters8(x); stop != 0 {
					// The code finds the word's end and its bytes with
					// no shift by a variable, which would take the
					// register that holds the loop's bound.
					n := bits.TrailingZeros64(stop) / 8
					end := start + n
					if asciiClass[byteAt(low, end)]&(bJoin|bHigh) == 0 {
						// The fields known now are written before
						// the look-up, which frees their registers
						// for it; every field is written, as in set.
						t.s, t.k, t.upper, t.glued, t.nl, t.bar, t.poss = start, tWord, cl&bUpper != 0, start == pos, 0, false, false
						pk := x & ((stop&-stop)>>7 - 1)
						cls, id := lexFast.getShort(lexMixShort(pk), pk)
						pos = end
						t.e, t.w, t.cls, t.id = pos, substr(low, start, n), cls, id
						continue
					}
				} else if start+16 <= len(low) {
					if stop := nonLetters8(load8(low, start+8)); stop != 0 {
						end := start + 8 + bits.TrailingZeros64(stop)/8
						if asciiClass[byteAt(low, end)]&(bJoin|bHigh) == 0 {
							// No hyphen: the word is its own lexicon
							// entry (lexMix).
							n := end - start
							h, last := lexMixShort(x), uint64(0)
							if n > 8 {
								last = load8(low, end-8)
								h ^= lexMixLast(last)
							}
							cls, id := lexFast.getMid(h, x, last, n)
							glued := start == pos
							pos = end
							t.set(start, pos, substr(low, start, n), cls, id, tWord, cl&bUpper != 0, glued, 0)
							continue
						}
					}
				}
			} else if cl&^bJoin == 0 && !(byteAt(low, start) == '.' && leaderAt(z.text, start)) {
				// An ASCII punctuation mark, one byte, which the
				// splitter is to test (z.marks); not the first dot of
				// a leader, which token reads.
				t.set(start, start+1, substr(low, start, 1), 0, 0, tPunct, false, start == pos, 0)
				pos = start + 1
				if m := z.marks; m != nil {
					// The splitter gives marks room for all of out:
					// no call to grow it.
					m = m[:len(m)+1]
					m[len(m)-1] = int32(all-len(out)) | punctMarks[byteAt(low, start)]
					z.marks = m
				}
				continue
			} else if cl&bDigit != 0 {
				// A figure whose first group has under eight digits,
				// read as scanDigits reads it: a comma or a point
				// before a digit continues it, and so may a space
				// after a group of up to three, or a non-ASCII space.
				n := digits8(load8(low, start))
				e := start + n
				if n < 8 && e+1 < len(low) {
					c, digit := byteAt(low, e), asciiClass[byteAt(low, e+1)]&bDigit != 0
					if digit && (c == ',' || c == '.') {
						// After a separator no space continues it.
						e = separatedDigitsEnd(low, e)
					} else if c >= 0x80 || c == ' ' && n <= 3 && digit {
						e = -1 // token tests the spaces
					}
					if e >= 0 {
						t.set(start, e, low[start:e], 0, 0, tNum, false, start == pos, 0)
						pos = e
						continue
					}
				}
			}
		}
		var ok bool
		if pos, ok = z.token(t, pos, all-len(out)); !ok {
			break
		}
	}
	z.pos = pos
	return all - len(out)
}

// token reads the token at pos, after any white space, into *t, which
// is out[i] of fill, and returns its end, or false at the end of the
// text. fill reads most words itself; token reads the rest, and marks
// them in z.marks (fill).
func (z *tokenizer) token(t *token, pos, i int) (int, bool) {
	text, low := z.text, z.low
	from := pos
	if pos < len(text) && text[pos] == ' ' {
		pos++
	}
	if pos >= len(text) {
		return pos, false
	}
	c := text[pos]
	cl := asciiClass[c]
	var nl uint8
	if cl&(bSpace|bNewline|bHigh) != 0 {
		var newlines int
		if pos, newlines = skipSpace(text, pos); pos >= len(text) {
			return pos, false
		}
		// A run of three spaces or a tab inside a line, after a word or
		// a figure, is the gap between two columns of a table laid out
		// with spaces, as PDF text gives it: it reads as a table's "|".
		// The token leaves the gap's last space out, when it has one to
		// spare, so that the token after it is not glued to it.
		if newlines == 0 && columnGap(text, from, pos) {
			e := pos
			if text[e-1] == ' ' && e-1 > from {
				e--
			}
			t.set(from, e, "|", 0, 0, tPunct, false, false, 0)
			if z.marks != nil {
				z.marks = append(z.marks, int32(i)|markBar)
			}
			return e, true
		}
		nl = uint8(min(newlines, 2))
		c = text[pos]
		cl = asciiClass[c]
	}
	glued := pos == from
	start := pos
	var (
		w     string
		cls   uint64
		id    uint16
		k     tkind
		upper bool
	)
	switch {
	case c == '.' && leaderAt(text, start):
		// "Civilians ............ 4,946": dot leaders join a label to
		// its figure, as a table's bar does, and end no sentence.
		pos = start
		for pos < len(text) && (text[pos] == '.' || text[pos] == ' ' && pos+1 < len(text) && text[pos+1] == '.') {
			pos++
		}
		k = tPunct
		w = "|"
	case cl&bDigit != 0:
		pos = scanDigits(text, start)
		k = tNum
		w = low[start:pos]
	case cl&bLetter != 0:
		// ASCII words are scanned eight bytes at a time in the
		// lower-case copy; a word that turns out to hold other
		// letters is classified from its string.
		pos = z.asciiWordEnd(start)
		wide := false
		if pos < len(text) && text[pos] >= 0x80 {
			pos, wide = scanWord(text, pos)
		}
		k = tWord
		w = low[start:pos]
		upper = cl&bUpper != 0
		// "Mohammed Shia al-Sudani", "Deir el-Balah": an Arabic
		// article opens a name in lower case.
		// ("al-Qaeda-linked" is an adjective.)
		if !upper && len(w) > 3 && w[2] == '-' && (w[:2] == "al" || w[:2] == "el") && text[start+3]-'A' < 26 && strings.IndexByte(w[3:], '-') < 0 {
			upper = true
		}
		if pos < len(text) && text[pos] == '-' && !wide {
			if jw, je, ok := z.hyphenated(w, pos); ok {
				w, pos = jw, je
				cls, id = classify(w)
				break
			}
		}
		if wide {
			if strings.Contains(w, "’") {
				w = strings.ReplaceAll(w, "’", "'")
			}
			cls, id = classify(w)
		} else {
			// pack8 of the word's first and last eight bytes, with
			// one load each where the text holds them.
			n := pos - start
			var pk, last uint64
			if start+8 <= len(low) && littleEndian {
				pk = load8(low, start) & (^uint64(0) >> (64 - 8*uint(min(n, 8))))
			} else {
				pk = pack8(w)
			}
			if n > 8 {
				last = load8(low, pos-8)
			}
			cls, id = classifyPacked(w, lexMix(pk, last, n), pk, last)
		}
	case c >= 0x80 && isLetterAt(text, start):
		var wide bool
		pos, wide = scanWord(text, start)
		k = tWord
		w = low[start:pos]
		if wide && strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		cls, id = classify(w)
		r, _ := utf8.DecodeRune(text[start:])
		upper = unicode.IsUpper(r)
	default:
		n := 1
		if c >= 0x80 {
			_, n = utf8.DecodeRune(text[start:])
		}
		pos = start + n
		k = tPunct
		w = low[start:pos]
	}
	t.set(start, pos, w, cls, id, k, upper, glued, nl)
	// fill's words hold no apostrophe: only here may a word end in "'s".
	if k == tWord && len(w) >= 2 && w[len(w)-2:] == "'s" {
		t.poss = true
	}
	if (k == tPunct || nl != 0) && z.marks != nil {
		m := int32(i)
		if nl != 0 {
			m |= markNewline
		}
		if k == tPunct {
			switch w {
			case ".", "!", "?", "…": // stopMark
				m |= markStop
			case "|":
				m |= markBar
			}
		}
		z.marks = append(z.marks, m)
	}
	return pos, true
}

// The bits of a mark of fill above the token's index, which is less
// than tokenBuffer.
const (
	markIndex   int32 = 1<<16 - 1
	markNewline int32 = 1 << 16 // a line break before the token
	markStop    int32 = 1 << 17 // a mark that may end a sentence (stopMark)
	markBar     int32 = 1 << 18 // a table's bar "|"
)

// punctMarks are the bits of the marks of ASCII punctuation.
var punctMarks = [256]int32{'.': markStop, '!': markStop, '?': markStop, '|': markBar}

// set overwrites every field of t. The tokenizer writes its tokens in
// place field by field, which costs less than making them in a local
// and copying them whole; a new field of token must be set here and in
// fill's short-word path, which writes the fields itself.
func (t *token) set(s, e int, w string, cls uint64, id uint16, k tkind, upper, glued bool, nl uint8) {
	t.s, t.e, t.w, t.cls, t.id, t.k, t.upper, t.glued, t.nl, t.bar, t.poss = s, e, w, cls, id, k, upper, glued, nl, false, false
}

// load8 reads the eight bytes of s at i, little-endian; the caller
// checks that they are there and that the machine is little-endian.
func load8(s string, i int) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
}

// byteAt returns s[i]; the caller has checked that i < len(s).
func byteAt(s string, i int) byte {
	return *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
}

// substr returns s[i:i+n]; the caller has checked that i+n <= len(s).
func substr(s string, i, n int) string {
	return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)), n)
}

// letters8 counts the ASCII lower-case letters that open the eight bytes
// of x (a load of the lower-case copy, first byte lowest).
func letters8(x uint64) int {
	return bits.TrailingZeros64(nonLetters8(x)) / 8
}

// nonLetters8 returns the high bit of each of the eight bytes of x (a
// load of the lower-case copy) that is not an ASCII lower-case letter.
func nonLetters8(x uint64) uint64 {
	const hi = 0x8080808080808080
	b7 := x & 0x7f7f7f7f7f7f7f7f
	geA := b7 + 0x1f1f1f1f1f1f1f1f // high bit where b7 >= 'a'
	gtZ := b7 + 0x0505050505050505 // high bit where b7 > 'z'
	return (gtZ | x | ^geA) & hi
}

// digits8 counts the ASCII digits that open the eight bytes of x (a
// load of the text, first byte lowest).
func digits8(x uint64) int {
	const hi = 0x8080808080808080
	b7 := x & 0x7f7f7f7f7f7f7f7f
	ge0 := b7 + 0x5050505050505050 // high bit where b7 >= '0'
	gt9 := b7 + 0x4646464646464646 // high bit where b7 > '9'
	digit := ge0 &^ gt9 &^ x & hi
	return bits.TrailingZeros64(^digit&hi) / 8
}

// asciiWordEnd returns the end of the ASCII word starting with the
// letter at start: letters, with inner apostrophes and hyphens
// ("Russia's", "twenty-five").
func (z *tokenizer) asciiWordEnd(start int) int {
	low := z.low
	pos := start + 1
	for {
		if littleEndian {
			for pos+8 <= len(low) {
				n := letters8(load8(low, pos))
				pos += n
				if n < 8 {
					break
				}
			}
		}
		for pos < len(low) && asciiClass[low[pos]]&bLetter != 0 {
			pos++
		}
		if pos+1 < len(low) && (low[pos] == '\'' || low[pos] == '-') && asciiClass[low[pos+1]]&bLetter != 0 {
			pos += 2
			continue
		}
		return pos
	}
}

// hyphenated joins a word that a line break cut with a hyphen ("casual-"
// then "ties" on the next line, in text from a PDF or a typeset page):
// the word and its end as one word when the lexicon knows it
// ("casualties"), or with the hyphen when that is the word
// ("long-range"). w is the word before the hyphen at h; ok is false when
// no line break follows the hyphen or the joined word is unknown.
func (z *tokenizer) hyphenated(w string, h int) (string, int, bool) {
	text := z.text
	j := h + 1
	if j < len(text) && text[j] == '\r' {
		j++
	}
	if j >= len(text) || text[j] != '\n' {
		return "", 0, false
	}
	j++
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) || text[j]-'a' >= 26 {
		return "", 0, false
	}
	e := z.asciiWordEnd(j)
	if e < len(text) && text[e] >= 0x80 {
		return "", 0, false
	}
	rest := z.low[j:e]
	if joined := w + rest; lexFast.has(joined) {
		return joined, e, true
	}
	if joined := w + "-" + rest; lexFast.has(joined) {
		return joined, e, true
	}
	return "", 0, false
}

func isLetterAt(text []byte, i int) bool {
	r, _ := utf8.DecodeRune(text[i:])
	// Dashes, curly quotes and bullets start most tokens of a
	// non-ASCII byte. Their block, General Punctuation, holds no
	// letter (TestGeneralPunctuationNoLetter): no search of the letter
	// table for them.
	if r >= generalPunctuationFirst && r <= generalPunctuationLast {
		return false
	}
	return unicode.IsLetter(r)
}

// The General Punctuation block: dashes, curly quotes, bullets.
const generalPunctuationFirst, generalPunctuationLast = 0x2000, 0x206f

// scanWord reads letters with inner apostrophes and hyphens
// ("Russia's", "twenty-five", "long-range").
func scanWord(text []byte, i int) (int, bool) {
	wide := false
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			if isASCIILetter(c) {
				i++
				continue
			}
			if (c == '\'' || c == '-') && i+1 < len(text) && isASCIILetter(text[i+1]) {
				i++
				continue
			}
			return i, wide
		}
		r, n := utf8.DecodeRune(text[i:])
		if r == '’' && i+n < len(text) && isASCIILetter(text[i+n]) {
			i += n
			wide = true
			continue
		}
		if unicode.IsLetter(r) {
			i += n
			wide = true
			continue
		}
		return i, wide
	}
	return i, wide
}

// scanDigits reads a figure with its separators: "1,000,000", "1.2",
// "1.000.000" and "1 000 000" (spaces only between groups of three).
func scanDigits(text []byte, i int) int {
	start := i
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	firstGroup := i - start
	for i < len(text) {
		c := text[i]
		if (c == ',' || c == '.') && i+1 < len(text) && isDigit(text[i+1]) {
			j := i + 1
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			i = j
			continue
		}
		if firstGroup <= 3 {
			// A space followed by exactly three digits continues the figure.
			r, n := utf8.DecodeRune(text[i:])
			if isGroupSpace(r) && i+n+3 <= len(text) && isDigit(text[i+n]) && isDigit(text[i+n+1]) && isDigit(text[i+n+2]) &&
				(i+n+3 == len(text) || !isDigit(text[i+n+3])) && noDecimalYet(text[start:i]) {
				i += n + 3
				continue
			}
		}
		break
	}
	return i
}

// separatedDigitsEnd returns the end of the figure in s whose
// separator, before a digit, is at i: scanDigits' end for a figure with
// a separator.
func separatedDigitsEnd(s string, i int) int {
	for i+1 < len(s) && (s[i] == ',' || s[i] == '.') && isDigit(s[i+1]) {
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	return i
}

func noDecimalYet(b []byte) bool {
	for _, c := range b {
		if c == '.' || c == ',' {
			return false
		}
	}
	return true
}

// sentence is a run of tokens that the extractor reads as one unit.
type sentence struct {
	toks []token
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"approx": true, "c": true, "ca": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"gen": true, "lt": true, "col": true, "maj": true, "sgt": true, "capt": true, "st": true,
	"no": true, "nos": true, "vs": true, "e.g": true, "i.e": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "u.n": true, "est": true,
	"govt": true, "etc": true, "incl": true, "fig": true, "u": true, "s": true, "k": true, "n": true,
	"pres": true, "sen": true, "rep": true, "adm": true, "brig": true,
	// Titles before a name: "regional Gov. Oleh Syniehubov said".
	"gov": true, "prof": true, "cpl": true, "pvt": true, "cmdr": true, "supt": true,
	"insp": true, "amb": true, "gens": true, "lieut": true, "sgts": true,
}

// splitter groups tokens into sentences as they come from the tokenizer.
// A sentence ends after . ! ? followed by a capital, digit or quote, at a
// blank line, and at a single line break unless the line plainly runs on
// (it ends in a letter or comma and the next starts in lower case).
//
// The tokenizer fills buf in batches; a sentence is a run of buf, and
// the one still being read moves to the front when buf is full. Only a
// token after a line break or a punctuation mark may open a sentence:
// the tokenizer marks those (fill's marks), and the splitter tests them
// and no other token.
func splitSentences(z *tokenizer, emit func(toks []token, para bool) bool, buf []token) {
	toks := buf[:cap(buf)]
	if len(toks) < 2*maxSentenceTokens {
		toks = make([]token, tokenBuffer)
	}
	sp := splitter{text: z.text, toks: toks, para: true, bar: -1}
	mp := marksPool.Get().(*[]int32)
	defer marksPool.Put(mp)
	prevPunct := false
	// The sentence being read is toks[sp.start:end].
	end := 0
	for {
		if end == len(toks) {
			end = copy(toks, toks[sp.start:end])
			sp.bar -= sp.start
			sp.start = 0
		}
		z.marks = (*mp)[:0]
		m := z.fill(toks[end:min(len(toks), end+cap(z.marks))])
		marks := z.marks
		z.marks = nil
		if m == 0 {
			break
		}
		lim := end + m
		// The tokens to test, in order, each once: the batch's first
		// after a punctuation mark that ended the last batch, a token
		// after a line break, and a token after a punctuation mark.
		last := -1
		if prevPunct {
			if !sp.test(end, emit) {
				return
			}
			last = end
		}
		for _, k := range marks {
			i := end + int(k&markIndex)
			if k&markNewline != 0 && i > last {
				if !sp.test(i, emit) {
					return
				}
				last = i
			}
			// After marks other than stopMark's only a line break
			// ends a sentence (sentenceBreak), and the token's own
			// mark tests that.
			switch {
			case k&markStop != 0:
				if i+1 < lim {
					if !sp.test(i+1, emit) {
						return
					}
					last = i + 1
					// A footnote's number after a full stop ("wounds.11
					// Most"): the token after it may start a sentence.
					if f := &toks[i+1]; f.k == tNum && f.glued && i+2 < lim {
						if !sp.test(i+2, emit) {
							return
						}
						last = i + 2
					} else if bracketNote(toks, i+1, lim) {
						// A footnote in brackets after it ("wounded.[45]
						// The"): the token after the note may too.
						if !sp.test(i+4, emit) {
							return
						}
						last = i + 4
					}
				}
			case k&markBar != 0:
				// The cuts before it first, which it is not in.
				if !sp.cutBefore(i, emit) {
					return
				}
				sp.bar = i
			}
		}
		if !sp.cutBefore(lim, emit) {
			return
		}
		prevPunct = toks[lim-1].k == tPunct
		end = lim
	}
	if end > sp.start {
		sp.emit(end, emit)
	}
}

// marksPool recycles the splitter's buffers for fill's marks.
var marksPool = sync.Pool{New: func() any {
	b := make([]int32, 0, tokenBuffer)
	return &b
}}

// splitter is splitSentences' state: the sentence being read starts at
// toks[start]. Its methods take emit as an argument, not a field, so
// that emit's closure does not escape.
type splitter struct {
	text  []byte
	toks  []token
	start int
	para  bool
	wrap  wrapState
	// bar is the index of the last table bar "|" read, -1 if none.
	bar int
}

// emit emits the sentence being read, which ends before token e, with
// its first token's bar set.
func (sp *splitter) emit(e int, emit func(toks []token, para bool) bool) bool {
	toks := sp.toks[sp.start:e:e]
	toks[0].bar = sp.bar >= sp.start && sp.bar < e
	return emit(toks, sp.para)
}

// test ends the sentence before token i if sentenceBreak says so, after
// cutting the runs before it that reached maxSentenceTokens, and returns
// false when emit says to stop.
func (sp *splitter) test(i int, emit func(toks []token, para bool) bool) bool {
	if !sp.cutBefore(i, emit) {
		return false
	}
	toks := sp.toks
	// A line of a text table ends its row: a table's lines are never
	// text wrapped at a width, however even their lengths.
	if i > sp.start && (toks[i].nl == 1 && sp.bar >= sp.start && sp.bar < i || sentenceBreak(toks[sp.start:i+1], sp.text, &sp.wrap)) {
		if !sp.emit(i, emit) {
			return false
		}
		sp.para = toks[i].nl >= 2
		sp.start = i
	}
	return sp.cut(i, emit)
}

// cutBefore cuts the sentence being read where it reaches
// maxSentenceTokens at a token before i: pathological runs without a
// boundary are cut so that windows stay small and the work stays linear.
func (sp *splitter) cutBefore(i int, emit func(toks []token, para bool) bool) bool {
	for sp.start+maxSentenceTokens-1 < i {
		if !sp.cut(sp.start+maxSentenceTokens-1, emit) {
			return false
		}
	}
	return true
}

// cut cuts the sentence being read after token i if it has reached
// maxSentenceTokens.
func (sp *splitter) cut(i int, emit func(toks []token, para bool) bool) bool {
	if i+1-sp.start >= maxSentenceTokens {
		if !sp.emit(i+1, emit) {
			return false
		}
		sp.para = false
		sp.start = i + 1
	}
	return true
}

// sentenceBreak reports whether a sentence ends before the last of
// toks, which are the sentence read so far and the token after it.
func sentenceBreak(toks []token, text []byte, wrap *wrapState) bool {
	n := len(toks)
	t, prev := &toks[n-1], &toks[n-2]
	if t.nl >= 2 {
		return true
	}
	if t.nl == 1 {
		runsOn := (prev.k == tWord || prev.w == "," || prev.k == tNum) && (t.k == tWord && !t.upper)
		// "personnel ‒ about 1,155,760 (+1,030) persons" then
		// "tanks ‒ 11,353 (+4)": a line that labels a figure is a list
		// item of its own.
		if runsOn && labelLine(text, t.s) {
			runsOn = false
		}
		if runsOn {
			return false
		}
		// Text wrapped at a fixed width (PDF extracts, plain-text
		// reports, mail) breaks lines mid-sentence, before names and
		// figures too: such a break is a space, and the rules for one
		// follow.
		if !wrap.soft(text, prev.e, t.s) {
			return true
		}
	}
	// "of whom 147 died of their wounds.11 Most were injured": a
	// footnote's number ends the sentence its full stop ended.
	if prev.k == tNum && prev.glued && n >= 3 && toks[n-3].w == "." && t.upper && !t.glued && len(prev.w) <= 3 {
		return true
	}
	// "and 370,000 wounded.[45] The independent project": a footnote in
	// brackets after a full stop ends the sentence the stop ended.
	if prev.w == "]" && n >= 5 && bracketNote(toks, n-4, n) && stopMark(toks[n-5].w) && t.upper {
		return true
	}
	if prev.k == tPunct && stopMark(prev.w) && !t.glued {
		if t.upper || t.k == tNum || t.k == tPunct && (t.w == "\"" || t.w == "“" || t.w == "(" || t.w == "‘" || t.w == "'" || t.w == "-" || t.w == "•" || t.w == "*") {
			if prev.w == "." && n >= 3 {
				p2 := &toks[n-3]
				// "two S-300s." ends a sentence: a letter glued to a
				// figure is a plural, not an abbreviation.
				plural := p2.glued && n >= 4 && toks[n-4].k == tNum
				if p2.k == tWord && p2.e == prev.s && p2.cls&clsAbbreviations != 0 && !(p2.w == "no" && t.k != tNum) && !plural {
					return p2.w == "etc"
				}
			}
			return true
		}
	}
	return false
}

// bracketNote reports a footnote's number in brackets, "[45]", at
// toks[i], glued to the mark before it and with a token after it
// before lim.
func bracketNote(toks []token, i, lim int) bool {
	return i+3 < lim && toks[i].w == "[" && toks[i].glued && toks[i+1].k == tNum && len(toks[i+1].w) <= 4 && toks[i+2].w == "]"
}

// stopMark reports the punctuation marks that may end a sentence;
// token and punctMarks have the same list (markStop).
func stopMark(w string) bool {
	return w == "." || w == "!" || w == "?" || w == "…"
}

// wrapState remembers the paragraph whose width soft last measured, so
// that each paragraph is measured once.
type wrapState struct {
	start, end, width int
	// uniform: the paragraph has three lines or more and nearly all but
	// its last fill at least 70% of its width.
	uniform bool
}

// soft reports whether the single line break between the token ending at
// prevEnd and the one starting at next is where text wrapped at a fixed
// width ran out of room: the line is long, and it is about as full as
// the paragraph's longest line, so that the next line's first word would
// not have fitted. Short lines (tallies, lists, headings, a paragraph's
// last line), lines ending with a colon and lines that open with a list
// marker or a label keep their break.
func (w *wrapState) soft(text []byte, prevEnd, next int) bool {
	nl := prevEnd + bytes.IndexByte(text[prevEnd:next], '\n')
	if nl < prevEnd {
		return false
	}
	ls := lastNewline(text[:prevEnd]) + 1
	lineLen := runeCount(text[ls:prevEnd])
	// A line with gaps between columns is a table's row.
	if lineLen < minWrapWidth || text[ls] == '|' || text[prevEnd-1] == ':' || hasColumnGap(text[ls:prevEnd]) {
		return false
	}
	// "Reporting by Tom Balmforth; Editing by Alex Richardson": a
	// news agency's byline is a line of its own, whose names are no
	// part of the next line's sentence.
	if bylineLine(text[ls:prevEnd]) {
		return false
	}
	if nl < w.start || nl >= w.end {
		w.measure(text, ls)
	}
	if w.width < minWrapWidth || w.width > maxWrapWidth {
		return false
	}
	// The next line's first word.
	we := next
	for we < len(text) && text[we] != ' ' && text[we] != '\n' && text[we] != '\t' {
		we++
	}
	if lineLen+1+runeCount(text[next:we]) <= w.width {
		return false
	}
	if listMarkerAt(text, next) {
		return false
	}
	// Nor is a line of a table laid out with spaces.
	ne := next + bytes.IndexByte(text[next:], '\n')
	if ne < next {
		ne = len(text)
	}
	if hasColumnGap(text[next:ne]) {
		return false
	}
	// "personnel ‒ about 1,155,760 (+1,030) persons\ntanks ‒ 11,353": a
	// line that labels a figure starts a list item, unless every line of
	// the paragraph is full, as wrapped lines are.
	// Outside a paragraph of full lines, a line that opens with a
	// symbol ("🚀 Cruise missiles: 3,880") is an item of its own too.
	if w.uniform {
		return true
	}
	c := asciiClass[text[next]]
	return c&bDigit != 0 || c&bLetter != 0 && !labelLine(text, next)
}

// bylineLabels open a news agency's credit line.
var bylineLabels = []string{"reporting by", "additional reporting by", "editing by", "writing by", "compiled by", "reported by", "written by", "edited by"}

// bylineLine reports a line that opens with a credit's label, in
// brackets or not: "Reporting by Tom Balmforth; Editing by Alex
// Richardson", "(Additional reporting by …)".
func bylineLine(line []byte) bool {
	if len(line) > 0 && line[0] == '(' {
		line = line[1:]
	}
	if len(line) < len("edited by") {
		return false
	}
	// (Every label starts with one of these letters: most lines are
	// passed on one byte.)
	switch line[0] | 0x20 {
	case 'r', 'a', 'e', 'w', 'c':
	default:
		return false
	}
	for _, l := range bylineLabels {
		if len(line) >= len(l) && bytes.EqualFold(line[:len(l)], []byte(l)) {
			return true
		}
	}
	return false
}

// runeCount is utf8.RuneCount that passes eight ASCII bytes at a time:
// soft and measure count the characters of every line that breaks
// within a paragraph, and most lines are nearly all ASCII. Other bytes
// are decoded one rune at a time, as RuneCount decodes them.
func runeCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if i+8 <= len(p) && binary.LittleEndian.Uint64(p[i:i+8:i+8])&0x8080808080808080 == 0 {
			i += 8
			n += 8
			continue
		}
		if p[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}

// lastNewline is bytes.LastIndexByte(p, '\n') that passes eight bytes
// at a time: soft looks back over a whole line at every line break, and
// LastIndexByte tests one byte a step. A word with a zero byte after
// the XOR holds a newline, which the byte loop then finds.
func lastNewline(p []byte) int {
	const ones, highs, nls = 0x0101010101010101, 0x8080808080808080, 0x0a0a0a0a0a0a0a0a
	i := len(p)
	for ; i >= 8; i -= 8 {
		if x := binary.LittleEndian.Uint64(p[i-8:i:i]) ^ nls; (x-ones)&^x&highs != 0 {
			break
		}
	}
	for i--; i >= 0; i-- {
		if p[i] == '\n' {
			return i
		}
	}
	return -1
}

// Widths, in characters, of text wrapped by a program or a typesetter: narrower lines are
// a list's or a table's, wider ones a paragraph's that was never wrapped.
const (
	minWrapWidth = 28
	maxWrapWidth = 160
)

// measure finds the paragraph (lines between blank lines) around the line
// starting at ls and its longest line, trailing blanks not counted.
func (w *wrapState) measure(text []byte, ls int) {
	start := ls
	for start > 0 {
		ps := lastNewline(text[:start-1]) + 1
		if blankLine(text[ps : start-1]) {
			break
		}
		start = ps
	}
	end, width := start, 0
	var lens [64]int
	n := 0
	for end < len(text) {
		le := bytes.IndexByte(text[end:], '\n')
		if le < 0 {
			le = len(text) - end
		}
		line := bytes.TrimRight(text[end:end+le], " \t\r")
		if len(line) == 0 && end > start {
			break
		}
		l := runeCount(line)
		width = max(width, l)
		if n < len(lens) {
			lens[n] = l
		}
		n++
		end += le + 1
	}
	w.start, w.end, w.width = start, end, width
	// The lines but the last; a long paragraph is judged by its first
	// lines.
	full, m := 0, min(n-1, len(lens))
	for _, l := range lens[:max(m, 0)] {
		if 10*l >= 7*width {
			full++
		}
	}
	w.uniform = m >= 2 && 10*full >= 8*m
}

// hasColumnGap reports a line of a table laid out with spaces: it holds
// a gap of three spaces or a tab (columnGap).
func hasColumnGap(line []byte) bool {
	return bytes.Contains(line, []byte("   ")) || bytes.IndexByte(line, '\t') >= 0
}

func blankLine(b []byte) bool {
	return len(bytes.Trim(b, " \t\r")) == 0
}

// listMarkerAt reports a list item's marker at i: a table's bar, a
// heading's hash, "1." / "2)" before a space, or a bullet or dash before
// a word (a dash before a figure is a tally's "tanks ‒\n10,227" cut by
// the wrap).
func listMarkerAt(text []byte, i int) bool {
	beforeWord := func(j int) bool {
		for j < len(text) && text[j] == ' ' {
			j++
		}
		return j < len(text) && !isDigit(text[j])
	}
	switch c := text[i]; {
	case c == '|' || c == '#':
		return true
	case c == '-' || c == '*':
		return beforeWord(i + 1)
	case c == 0xE2 && i+2 < len(text) && (text[i+1] == 0x80 && (text[i+2] == 0xA2 || text[i+2] >= 0x92 && text[i+2] <= 0x95)):
		return beforeWord(i + 3) // • ‒ – — ―
	case isDigit(c):
		j := i
		for j < len(text) && j-i < 3 && isDigit(text[j]) {
			j++
		}
		return j+1 < len(text) && (text[j] == '.' || text[j] == ')') && text[j+1] == ' '
	}
	return false
}

// tokenBuffer is the size of the sentence splitter's token buffer: a
// batch of tokens from the tokenizer and the sentence being read.
const tokenBuffer = 1024

// maxSentenceTokens caps a sentence; longer runs are read in pieces.
const maxSentenceTokens = 400

// labelLine reports a line, from byte i, that gives a label and then a
// figure: "tanks ‒ 11,353 (+4)", "personnel: about 1,155,760".
func labelLine(text []byte, i int) bool {
	end := min(len(text), i+120)
	for j := i; j < end && text[j] != '\n'; j++ {
		c := text[j]
		n := 0
		switch {
		case c == ':':
			n = 1
		case c == '-' && j > i && text[j-1] == ' ':
			n = 1
		case c == 0xE2 && j+2 < len(text) && text[j+1] == 0x80 && text[j+2] >= 0x92 && text[j+2] <= 0x95:
			n = 3 // ‒ – — ―
		}
		if n == 0 {
			continue
		}
		k := j + n
		for k < end && text[k] == ' ' {
			k++
		}
		for _, w := range []string{"about ", "approximately ", "around ", "almost ", "over ", "some "} {
			if k+len(w) <= len(text) && string(text[k:k+len(w)]) == w {
				k += len(w)
				break
			}
		}
		return k < len(text) && isDigit(text[k])
	}
	return false
}

// csvBars returns a copy of text in which the separators of a block of
// comma-separated lines ("date,township,region,killed,injured" over
// "2025-03-28,Naungcho,Shan,7,12") are bars, so that the block reads as a
// table drawn with bars between its cells, header and rows alike; nil
// when text holds no such block. A block is two lines or more in a row
// with the same number of separators, three at least: commas outside
// double quotes, none followed by a space, one at least beside something
// other than a digit (so "1,000,000" is no row). The copy has the same
// length as text, so offsets hold.
func csvBars(text []byte) []byte {
	var out []byte
	prevStart, prevEnd, prevN := -1, -1, -1
	for ls := 0; ls < len(text); {
		le := bytes.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		switch n := csvSeparators(text[ls:le]); {
		case n < 3:
			prevStart, prevN = -1, n
		case n == prevN:
			// A row of the block: the line before it too, when it
			// opened the block.
			if out == nil {
				out = append([]byte(nil), text...)
			}
			if prevStart >= 0 {
				barCSV(out[prevStart:prevEnd])
				prevStart = -1
			}
			barCSV(out[ls:le])
		default:
			prevStart, prevEnd, prevN = ls, le, n
		}
		ls = le + 1
	}
	return out
}

// csvSeparators counts the separators of a comma-separated line, or
// returns -1 for a line that is not one, or that has fewer than three
// separators: csvBars takes no such line into a block.
func csvSeparators(line []byte) int {
	// Prose: no comma, or a comma and a space outside quotes; the
	// quick tests first.
	c := bytes.IndexByte(line, ',')
	if c < 0 || len(line) > 0 && line[0] == '#' {
		return -1
	}
	// Prose's first comma has its space: no search for ", " then.
	sp := c
	if !(c+1 < len(line) && line[c+1] == ' ') {
		if sp = bytes.Index(line[c+1:], []byte(", ")); sp >= 0 {
			sp += c + 1
		}
	}
	// Nor is prose that quotes speech: a comma and a space before any
	// quote would end the walk below at that comma.
	if q := bytes.IndexByte(line, '"'); sp >= 0 && (q < 0 || sp < q) {
		return -1
	}
	// A row has three separators at least (csvBars): a line of fewer
	// commas is none, and the byte walk below is spared.
	if bytes.Count(line, []byte{','}) < 3 {
		return -1
	}
	return csvWalk(line)
}

// csvWalk counts a line's separators byte by byte: commas outside
// quotes, none followed by a space, one at least between words (not
// only digits' thousands), the quotes closed; else -1. csvSeparators'
// quick tests answer as it would, before it.
func csvWalk(line []byte) int {
	n, inQuote, word := 0, false, false
	for i, c := range line {
		switch {
		case c == '"':
			inQuote = !inQuote
		case c == ',' && !inQuote:
			if i+1 < len(line) && line[i+1] == ' ' {
				return -1
			}
			n++
			before, after := byte(','), byte(',')
			if i > 0 {
				before = line[i-1]
			}
			if i+1 < len(line) {
				after = line[i+1]
			}
			if !isDigit(before) || !isDigit(after) {
				word = true
			}
		}
	}
	if !word || inQuote {
		return -1
	}
	return n
}

// barCSV turns the separators of a comma-separated line into bars.
func barCSV(line []byte) {
	inQuote := false
	for i, c := range line {
		switch {
		case c == '"':
			inQuote = !inQuote
		case c == ',' && !inQuote:
			line[i] = '|'
		}
	}
}
