package extract

import "testing"

// TestGateClasses checks that the words rules find by a class bit before
// comparing strings have the bit.
func TestGateClasses(t *testing.T) {
	for _, w := range []string{"while", "whereas", "but"} {
		if !contrastWord(w) || lexFast.get(w)&clsCue == 0 {
			t.Errorf("contrast word %q: no clsCue", w)
		}
	}
}
