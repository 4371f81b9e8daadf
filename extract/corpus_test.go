package extract

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attrition-project/attrition"
	"github.com/attrition-project/attrition/yardstick"
)

var verboseEval = flag.Bool("evalv", false, "print every miss of the corpus evaluation")

func loadGold(t testing.TB) []Passage {
	t.Helper()
	path := filepath.Join("testdata", "corpus", "gold.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold corpus not found (%v)", err)
	}
	defer f.Close()
	ps, err := ReadGold(f, path)
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	return ps
}

func TestCorpusScore(t *testing.T) {
	ps := loadGold(t)
	s, err := Evaluate(ps, yardstick.Default())
	if err != nil {
		t.Fatal(err)
	}
	if *verboseEval {
		s.WriteTable(os.Stdout, true)
	}
	t.Logf("P=%.3f R=%.3f F1=%.3f", s.Precision, s.Recall, s.F1)
	// Floors: what the extractor reaches on the development corpus, less
	// 0.01, so that a change that makes it worse fails here rather than
	// going unnoticed. Raise them when the extractor improves.
	if s.F1 < corpusF1Floor {
		t.Errorf("F1 %.3f fell below the floor %.3f", s.F1, corpusF1Floor)
	}
	for field, floor := range corpusFieldFloors {
		if got := s.Fields[field].Accuracy(); got < floor {
			t.Errorf("%s accuracy %.3f fell below the floor %.3f", field, got, floor)
		}
	}
}

// corpusF1Floor and corpusFieldFloors are the development corpus scores
// reached (923 passages: F1 0.964; actor 0.928, period 0.837, source
// 0.896), less 0.01 or a little more. The 340 passages added last (px… to qc…, ra… to
// rd…, then sa… to sg…), scored before they joined, brought the field
// scores down; the 583 before them score as they did or better.
const corpusF1Floor = 0.952

var corpusFieldFloors = map[string]float64{
	"actor":  0.921,
	"period": 0.830,
	"source": 0.889,
}

// TestAmbiguousActorFlagExact holds the contract's rule on every claim
// the corpus yields: actor null exactly when ambiguous_actor is set.
func TestAmbiguousActorFlagExact(t *testing.T) {
	for _, p := range loadGold(t) {
		x := New(Options{Published: p.Published, Source: p.Source, URL: p.URL})
		cs, err := x.Extract([]byte(p.Text))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if (c.Actor == "") != c.HasFlag(attrition.FlagAmbiguousActor) {
				t.Errorf("%s: %q: actor %q with flags %v", p.ID, c.Quote, c.Actor, c.Flags)
			}
		}
	}
}

// TestWrappedCorpusScore reads the corpus's prose passages as a PDF
// extract or a plain-text report gives them, hard-wrapped at a fixed
// width, and holds the scores to those of the same passages unwrapped.
// Wrapping turns spaces into line breaks, so offsets and gold spans stay
// as they are.
func TestWrappedCorpusScore(t *testing.T) {
	var plain, wrapped []Passage
	for _, p := range loadGold(t) {
		if looksLikeHTML([]byte(p.Text)) {
			continue
		}
		w := wrapText(p.Text, 64)
		if w == p.Text {
			continue
		}
		plain = append(plain, p)
		p.Text = w
		wrapped = append(wrapped, p)
	}
	if len(plain) < 100 {
		t.Fatalf("only %d passages to wrap", len(plain))
	}
	sp, err := Evaluate(plain, yardstick.Default())
	if err != nil {
		t.Fatal(err)
	}
	sw, err := Evaluate(wrapped, yardstick.Default())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d passages: F1 %.3f unwrapped, %.3f wrapped", len(plain), sp.F1, sw.F1)
	if sw.F1 < sp.F1-0.01 {
		t.Errorf("wrapped F1 %.3f, unwrapped %.3f", sw.F1, sp.F1)
	}
	for _, field := range []string{"actor", "period", "source"} {
		if a, b := sw.Fields[field].Accuracy(), sp.Fields[field].Accuracy(); a < b-0.01 {
			t.Errorf("wrapped %s accuracy %.3f, unwrapped %.3f", field, a, b)
		}
	}
}

// wrapText breaks each line of text at the last space before width
// characters, as a program that hard-wraps prose does; lines of tables
// and lists are left alone.
func wrapText(text string, width int) string {
	b := []byte(text)
	start, lastSpace, col := 0, -1, 0
	skip := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\n' {
			start, lastSpace, col, skip = i+1, -1, 0, false
			continue
		}
		if i == start {
			skip = c == '|' || c == '-' || c == '*' || strings.HasPrefix(text[i:], "•")
		}
		if skip || c&0xC0 == 0x80 {
			continue
		}
		col++
		if c == ' ' {
			lastSpace = i
		}
		if col > width && lastSpace > start {
			b[lastSpace] = '\n'
			start = lastSpace + 1
			col = utf8.RuneCount(b[start : i+1])
			lastSpace = -1
		}
	}
	return string(b)
}
