package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTextWords checks textWords.in against strings.Contains for each
// word, on texts made of the words' own bytes and pieces of them.
func TestTextWords(t *testing.T) {
	sets := [][]string{rsfScan.words, insurgencyScan.words, voiceScan.words, cumulativeScan.words, {"ab", "ba", "abc"}, {"xyz"}, {"aa", "aaa"}}
	r := rand.New(rand.NewSource(1))
	for _, ws := range sets {
		tw := newTextWords(ws...)
		alpha := strings.Join(ws, "") + " .,\n_@{;"
		for n := 0; n < 20000; n++ {
			var sb strings.Builder
			for i, l := 0, r.Intn(60); i < l; i++ {
				sb.WriteByte(alpha[r.Intn(len(alpha))])
				if r.Intn(8) == 0 {
					w := ws[r.Intn(len(ws))]
					sb.WriteString(w[:r.Intn(len(w)+1)])
				}
			}
			s := sb.String()
			var want uint32
			for k, w := range ws {
				if strings.Contains(s, w) {
					want |= 1 << k
				}
			}
			if got := tw.in(s); got != want {
				t.Fatalf("%q in %q = %b, want %b", ws, s, got, want)
			}
		}
	}
}
