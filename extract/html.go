package extract

import (
	"bytes"
	"github.com/attrition-project/attrition"
	"html"
	"slices"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// plainText is the text the extractor reads and, for HTML input, the way
// back to the bytes the user gave: plain byte i came from input bytes
// [from[i], to[i]). Quotes and spans always index the input.
type plainText struct {
	text     []byte
	from, to []int32 // nil when text is the input itself
}

// inputSpan maps plain offsets [s, e) to input offsets.
func (p *plainText) inputSpan(s, e int) (int, int) {
	if p.from == nil {
		return s, e
	}
	if e <= s {
		return int(p.from[s]), int(p.from[s])
	}
	return int(p.from[s]), int(p.to[e-1])
}

// looksLikeHTML reports markup: a tag among the first bytes, or common
// block tags anywhere near the start.
func looksLikeHTML(b []byte) bool {
	head := b
	if len(head) > 1<<16 {
		head = head[:1<<16]
	}
	// (Leading white space is not trimmed: every test below looks for a
	// "<", which none of it is.)
	// Each "<" of the head is tested against every tag at once: one
	// walk over the head, not one for each tag.
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		if htmlTagAt(head[i:]) {
			return true
		}
		j := bytes.IndexByte(head[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false // plain text, the common case, has no "<" at all
}

// htmlTags are the tags that make a text HTML, in lower case.
var htmlTags = [][]byte{[]byte("<html"), []byte("<!doctype"), []byte("<p>"), []byte("<p "),
	[]byte("<div"), []byte("<br"), []byte("</p>"), []byte("<span"), []byte("<li>"), []byte("<body"),
	[]byte("<article"), []byte("<h1"), []byte("<h2"), []byte("<h3"), []byte("<table"), []byte("<td"),
	[]byte("<strong>"), []byte("<b>"), []byte("<em>"), []byte("<a href"), []byte("<ul"), []byte("<i>"),
	[]byte("</a>"), []byte("</b>"), []byte("</strong>"), []byte("</em>"), []byte("</i>"),
	[]byte("<dl"), []byte("<dt>"), []byte("<dd>"), []byte("<section"), []byte("<tr"), []byte("<ol")}

// htmlTagAt reports one of htmlTags, in any case, at the start of b.
func htmlTagAt(b []byte) bool {
	for _, tag := range htmlTags {
		if len(b) >= len(tag) && tagPrefixFold(b, tag) {
			return true
		}
	}
	return false
}

// tagPrefixFold reports whether b, its ASCII capitals folded, starts
// with the lower-case sub; b is at least as long.
func tagPrefixFold(b, sub []byte) bool {
	for k, s := range sub {
		c := b[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s {
			return false
		}
	}
	return true
}

// blockTags end a sentence: their text never runs on into the next.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Title: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Blockquote: true, atom.Figcaption: true, atom.Caption: true, atom.Dd: true, atom.Dt: true,
	atom.Hr: true, atom.Pre: true, atom.Main: true, atom.Aside: true, atom.Nav: true,
}

// stripHTML returns the text of an HTML document with a map back to the
// input. Entities are decoded; scripts and styles dropped; block
// elements become line breaks so that sentences stop at them.
func stripHTML(in []byte) plainText {
	return stripHTMLInto(in, plainText{})
}

// stripHTMLInto is stripHTML into buf's storage when it has room, so that
// a pooled document reuses it.
func stripHTMLInto(in []byte, buf plainText) plainText {
	// References decode to fewer bytes than they take and a tag to no
	// more than it has, so the input's length is room for the text and
	// the three slices are not regrown as a long page is read.
	p := plainText{
		text: slices.Grow(buf.text[:0], len(in)),
		from: slices.Grow(buf.from[:0], len(in)),
		to:   slices.Grow(buf.to[:0], len(in)),
	}
	z := xhtml.NewTokenizer(bytes.NewReader(in))
	pos := 0
	skip := 0 // inside script/style
	sup := 0  // inside <sup>: footnote markers
	// lastBreak is where the text after the last block's line break
	// starts.
	lastBreak := 0
	joinNext := false // a lone figure waits for its label
	var tb tableState
	var pending *headerCell // a period header for the cell being read
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := z.Raw()
		n := len(raw)
		switch tt {
		case xhtml.TextToken:
			if skip > 0 {
				break
			}
			// "250,000.<sup>1</sup>", "300,000<sup>[2]</sup>": a
			// footnote's mark, which would join the figure before it.
			if sup > 0 && footnoteMark(raw) {
				break
			}
			if pending != nil {
				// A period header goes before its cell's figure, but not
				// before a tally's "+1 110", which must stay next to its
				// total.
				if t := bytes.TrimSpace(raw); len(t) > 0 {
					if t[0] != '+' && t[0] != '(' {
						p.emit(pending.text, pending.from, pending.to)
						p.emit([]byte{' '}, pending.to, pending.to)
					}
					pending = nil
				}
			}
			p.decodeText(raw, pos)
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			a := tagAtom(raw, tt)
			if a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Template {
				if tt == xhtml.StartTagToken {
					skip++
				} else if tt == xhtml.EndTagToken && skip > 0 {
					skip--
				}
			}
			if a == atom.Sup {
				if tt == xhtml.StartTagToken {
					sup++
				} else if tt == xhtml.EndTagToken && sup > 0 {
					sup--
				}
			}
			switch {
			case a == atom.Table && tt == xhtml.StartTagToken:
				tb = tableState{}
			case a == atom.Tr && tt == xhtml.StartTagToken:
				tb.startRow(len(p.text))
			case a == atom.Tr && tt == xhtml.EndTagToken:
				tb.endRow(&p)
			case a == atom.Th && tt == xhtml.EndTagToken:
				tb.endHeader(len(p.text))
			}
			if (a == atom.Td || a == atom.Th) && tt == xhtml.StartTagToken {
				// Cells of one row stay one sentence, label | figure.
				p.emit([]byte{' ', '|', ' '}, pos, pos+n)
				pending = nil
				if h := tb.startCell(a == atom.Th, len(p.text)); h != nil {
					text := h.text
					// "Killed (past 24 hours)" over "| 3 June 2025 |
					// 45 |": the row's day dates the figure, and the
					// header's window would spread to the row's other
					// figures.
					if h.cut > 0 && namesPeriod(p.text[tb.rowStart:]) {
						text = text[:h.cut]
					}
					// A column headed by a category ("Killed", "Injured")
					// names the figures under it: its words go before
					// each, mapped to the header in the input. A period
					// header waits for the cell's text.
					if h.period {
						pending = h
					} else {
						p.emit(text, h.from, h.to)
						p.emit([]byte{' '}, h.to, h.to)
					}
				}
			} else if a == atom.Td || a == atom.Th {
			} else if a == atom.Li && tt == xhtml.StartTagToken {
				// A list item reads as a bulleted line, as in plain
				// text: "Zapad — up to 230 troops, 8 pickup trucks".
				p.emit([]byte{'\n', '-', ' '}, pos, pos+n)
			} else if blockTags[a] {
				// "<div>55,104</div><div>Palestinians killed</div>": a
				// figure alone in its block is the label's after it, as
				// key-figure cards set them.
				switch {
				case a == atom.Dt && tt == xhtml.EndTagToken:
					// "<dt>Killed in Gaza</dt><dd>55,104</dd>": a term
					// and its figure, as "Killed in Gaza: 55,104".
					p.emit([]byte{':', ' '}, pos, pos+n)
					joinNext = true
				case tt == xhtml.EndTagToken && lastBreak < len(p.text) && lonelyFigure(p.text[lastBreak:]):
					p.emit([]byte{' '}, pos, pos+n)
					joinNext = true
				case joinNext && tt == xhtml.StartTagToken:
					// The label's own block: no break before it.
					joinNext = false
				case a == atom.Br && figureEnds(p.text[lastBreak:]):
					// "Killed in the last 24 hours: 45<br>Total killed
					// …": a bulletin's line that ends in its figure is
					// a line of its own, not one wrapped, and its
					// figure takes no label from the next.
					p.emit([]byte{'\n', '\n'}, pos, pos+n)
					lastBreak = len(p.text)
					joinNext = false
				default:
					p.emit([]byte{'\n'}, pos, pos+n)
					lastBreak = len(p.text)
					joinNext = false
				}
			} else if len(p.text) > 0 && p.text[len(p.text)-1] != ' ' {
				// Inline tags join words as they are; nothing to add.
			}
		}
		pos += n
	}
	return p
}

// tagAtom is atom.Lookup of the tag's name as z.TagName gives it, read
// from the tag's raw bytes: TagName copies every name. A tag's raw bytes
// are "<" or "</", the name, then white space, "/" or ">" (or its end);
// a name with a NUL, which TagName would change, is no atom either way.
func tagAtom(raw []byte, tt xhtml.TokenType) atom.Atom {
	i := 1
	if tt == xhtml.EndTagToken {
		i = 2
	}
	var buf [32]byte
	n := 0
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if n == len(buf) {
			return 0 // longer than any atom
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return atom.Lookup(buf[:n])
}

// emit appends b, every byte mapped to the input bytes [from, to).
func (p *plainText) emit(b []byte, from, to int) {
	for _, c := range b {
		p.text = append(p.text, c)
		p.from = append(p.from, int32(from))
		p.to = append(p.to, int32(to))
	}
}

// emitRun copies input bytes as they are, each mapped to itself.
func (p *plainText) emitRun(b []byte, base int) {
	p.text = append(p.text, b...)
	// The maps grow by the run's length and are written once, not
	// zeroed first.
	n := len(p.from)
	p.from = slices.Grow(p.from, len(b))[:n+len(b)]
	p.to = slices.Grow(p.to, len(b))[:n+len(b)]
	from, to := p.from[n:], p.to[n:]
	to = to[:len(from)]
	v := int32(base)
	for k := range from {
		from[k] = v
		v++
		to[k] = v
	}
}

// hasCharRef reports a character reference that decodes ("&#8217;",
// "&ndash;") in a text with no markup, as an RSS description or an API
// summary escapes its text; a bare "&" ("AT&T", "R&D") is none.
func hasCharRef(b []byte) bool {
	var buf [utf8.UTFMax]byte
	for i := bytes.IndexByte(b, '&'); i >= 0; {
		j, dec := refAt(b, i, &buf)
		if dec != nil {
			return true
		}
		k := bytes.IndexByte(b[j:], '&')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// refAt reads the character reference that starts at b[i], an '&': dec
// is what it decodes to and end is just past its ';', or dec is nil and
// end is where the scan for its ';' stopped.
func refAt(b []byte, i int, buf *[utf8.UTFMax]byte) (end int, dec []byte) {
	j := i + 1
	for j < len(b) && j-i < 32 && b[j] != ';' && b[j] != '&' && b[j] != '<' && b[j] != ' ' {
		j++
	}
	if j < len(b) && b[j] == ';' {
		if dec := decodeRef(b[i:j+1], buf); dec != nil {
			return j + 1, dec
		}
	}
	return j, nil
}

// decodeRefsInto returns in with its character references decoded and
// a map back to the input, into buf's storage as stripHTMLInto does.
func decodeRefsInto(in []byte, buf plainText) plainText {
	p := plainText{
		text: slices.Grow(buf.text[:0], len(in)),
		from: slices.Grow(buf.from[:0], len(in)),
		to:   slices.Grow(buf.to[:0], len(in)),
	}
	p.decodeText(in, 0)
	return p
}

// decodeText copies text, decoding character references, each output
// byte mapped to the input bytes it came from.
func (p *plainText) decodeText(raw []byte, base int) {
	var buf [utf8.UTFMax]byte
	i := 0
	for i < len(raw) {
		// Plain bytes up to the next reference go in one run.
		if k := bytes.IndexByte(raw[i:], '&'); k != 0 {
			if k < 0 {
				k = len(raw) - i
			}
			p.emitRun(raw[i:i+k], base+i)
			i += k
			continue
		}
		if end, dec := refAt(raw, i, &buf); dec != nil {
			p.emit(dec, base+i, base+end)
			i = end
			continue
		}
		p.emitRun(raw[i:i+1], base+i)
		i++
	}
}

// decodeRef returns what the character reference ref ("&amp;",
// "&#8217;") decodes to as html.UnescapeString decodes it, nil when it
// stays as it is; buf is room for a character. The references pages use
// most are decoded without a copy of ref or a call of UnescapeString.
func decodeRef(ref []byte, buf *[utf8.UTFMax]byte) []byte {
	if r, ok := decimalRef(ref); ok {
		return utf8.AppendRune(buf[:0], r)
	}
	if dec, ok := namedRefs[string(ref)]; ok {
		return dec
	}
	ent := string(ref)
	if dec := html.UnescapeString(ent); dec != ent {
		return []byte(dec)
	}
	return nil
}

// decimalRef reads "&#8217;", a decimal reference of up to six digits to
// a character that UnescapeString decodes to itself: not NUL, a
// surrogate, or one of 0x80-0x9F, which it maps to Windows-1252's.
func decimalRef(ref []byte) (rune, bool) {
	if len(ref) < 4 || len(ref) > 9 || ref[1] != '#' {
		return 0, false
	}
	r := rune(0)
	for _, c := range ref[2 : len(ref)-1] {
		if c < '0' || c > '9' {
			return 0, false
		}
		r = r*10 + rune(c-'0')
	}
	if r == 0 || 0x80 <= r && r <= 0x9f || 0xd800 <= r && r <= 0xdfff || r > utf8.MaxRune {
		return 0, false
	}
	return r, true
}

// namedRefs are the named references pages use most, as
// html.UnescapeString decodes them (TestDecodeRef checks them): written
// out, not decoded at start-up, since the first call of UnescapeString
// builds its table of all the references, which a page rarely needs.
var namedRefs = map[string][]byte{
	"&nbsp;":   []byte("\u00a0"),
	"&amp;":    []byte("&"),
	"&lt;":     []byte("<"),
	"&gt;":     []byte(">"),
	"&quot;":   []byte("\""),
	"&ndash;":  []byte("\u2013"),
	"&mdash;":  []byte("\u2014"),
	"&middot;": []byte("\u00b7"),
	"&copy;":   []byte("\u00a9"),
	"&lsquo;":  []byte("\u2018"),
	"&rsquo;":  []byte("\u2019"),
	"&ldquo;":  []byte("\u201c"),
	"&rdquo;":  []byte("\u201d"),
	"&bull;":   []byte("\u2022"),
	"&hellip;": []byte("\u2026"),
	"&laquo;":  []byte("\u00ab"),
	"&raquo;":  []byte("\u00bb"),
	"&lsaquo;": []byte("\u2039"),
	"&rsaquo;": []byte("\u203a"),
	"&times;":  []byte("\u00d7"),
	"&deg;":    []byte("\u00b0"),
}

// tableState follows the rows and columns of a table, to read a first
// row of header cells and lend a category header to the cells below it.
type tableState struct {
	col          int
	rowStart     int // the row's first byte in the plain text
	rowTH, rowTD bool
	headersDone  bool
	cells        []headerCell // the header row being read
	headers      []headerCell // the table's header row, once read
}

type headerCell struct {
	start, end int // in the plain text
	text       []byte
	from, to   int
	category   bool
	// period marks a header that dates its column: "Last 24 hours",
	// "Total since 8 October 2023".
	period bool
	// cut, in a category header, is where a window it names begins:
	// "Killed (past 24 hours)" reads "Killed" in a row with a date.
	cut int
}

func (t *tableState) startRow(at int) {
	t.col, t.rowTH, t.rowTD = -1, false, false
	t.rowStart = at
	t.cells = t.cells[:0]
}

// startCell notes a cell at plain offset at and returns the header of
// its column when that header names a category.
func (t *tableState) startCell(th bool, at int) *headerCell {
	t.col++
	if th {
		t.rowTH = true
		t.cells = append(t.cells, headerCell{start: at, end: -1})
		return nil
	}
	t.rowTD = true
	if t.headersDone && t.col > 0 && t.col < len(t.headers) && (t.headers[t.col].category || t.headers[t.col].period) {
		return &t.headers[t.col]
	}
	return nil
}

func (t *tableState) endHeader(at int) {
	if n := len(t.cells); n > 0 && t.cells[n-1].end < 0 {
		t.cells[n-1].end = at
	}
}

// endRow takes the first row of header cells as the table's header.
func (t *tableState) endRow(p *plainText) {
	if t.headersDone || !t.rowTH || t.rowTD {
		return
	}
	t.headersDone = true
	for _, c := range t.cells {
		if c.end < 0 {
			c.end = len(p.text)
		}
		text := bytes.TrimSpace(p.text[c.start:c.end])
		if len(text) == 0 || len(text) > 40 {
			t.headers = append(t.headers, headerCell{})
			continue
		}
		// The text's first and last bytes' places in the input.
		off := bytes.Index(p.text[c.start:c.end], text) + c.start
		c.text = append([]byte(nil), text...)
		c.from, c.to = int(p.from[off]), int(p.to[off+len(text)-1])
		c.category = namesCategory(c.text)
		c.period = !c.category && namesPeriod(c.text)
		// "Killed (past 24 hours)": a category and its window.
		if cut := windowCut(c.text); cut > 0 && (c.category || namesCategory(c.text[:cut])) {
			c.category, c.period, c.cut = true, false, cut
		}
		t.headers = append(t.headers, c)
	}
}

// namesPeriod reports a header that names a period: "Last 24 hours",
// "Total since 8 October 2023", "May 2025".
func namesPeriod(b []byte) bool {
	// Any day serves: only whether a period is named matters here.
	return len(findPeriodsOf(leadTokens(b, 12), anyDay, nil)) > 0
}

var anyDay = attrition.MustDate("2025-01-01")

// windowCut returns where a category header's window begins, the
// category's words before it: 7 in "Killed (past 24 hours)", 0 when it
// names no window ("Killed", "Killed in 2024").
func windowCut(b []byte) int {
	toks := leadTokens(b, 12)
	for _, p := range findPeriodsOf(toks, anyDay, nil) {
		if !p.window || p.s == 0 {
			continue
		}
		cut := toks[p.s].s
		if p.s > 0 && toks[p.s-1].w == "(" {
			cut = toks[p.s-1].s
		}
		return len(bytes.TrimRight(b[:cut], " ,:-\u2013\u2014"))
	}
	return 0
}

// namesCategory reports a header that is a loss category: "Killed",
// "Injured", "Tanks destroyed".
func namesCategory(b []byte) bool {
	toks := leadTokens(b, 6)
	if len(toks) == 0 {
		return false
	}
	// A bare status ("Captured" over "| Tanks | … | 435 |") is the
	// equipment's, which the row names: the table's header row says so
	// (notePipeHeader), the word before each figure would not.
	if len(toks) == 1 && statusWords[toks[0].w] != "" {
		return false
	}
	// A header that says whose losses ("Palestinians killed") is read
	// as the table's header row (notePipeHeader): before a figure its
	// words would read as a clause ("Palestinians killed 5,860").
	return wholeCategory(toks) != ""
}

// footnoteMark reports the text of a footnote's mark: a few digits or
// letters, in brackets or not ("1", "[12]", "[a]", "2,3"); not an
// ordinal's ending ("th" in "47<sup>th</sup>").
func footnoteMark(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > 12 {
		return false
	}
	digit, bracket := false, b[0] == '[' || b[0] == '('
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c == '[' || c == ']' || c == '(' || c == ')' || c == ',' || c == ' ' || c == '-' || c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return digit || bracket
}

// lonelyFigure reports text that is only a figure: "55,104", "1.2m",
// "+1,200", "~600".
func lonelyFigure(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > 16 {
		return false
	}
	digits := 0
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.' || c == ' ':
		case (c == '+' || c == '~') && i == 0:
		case (c == 'k' || c == 'm' || c == '+') && i == len(b)-1:
		default:
			return false
		}
	}
	// A key figure is large; a year or a small number alone is a date,
	// a count of something, a page's furniture.
	if digits < 3 || digits == 4 && len(b) == 4 && (b[0] == '1' || b[0] == '2') {
		return false
	}
	return true
}

// figureEnds reports a line whose last character is a figure's digit:
// "Total killed: 54,927".
func figureEnds(b []byte) bool {
	b = bytes.TrimRight(b, " \t\u00a0")
	return len(b) > 0 && b[len(b)-1] >= '0' && b[len(b)-1] <= '9'
}
