package extract

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

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
}
