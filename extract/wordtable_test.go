package extract

import "testing"

// TestWordTable checks that a wordTable answers as the map it was built
// from, for its keys and for words that share their first bytes.
func TestWordTable(t *testing.T) {
	check := func(name string, m map[string]bool) {
		tb := newWordTable(m)
		for k := range m {
			for _, w := range []string{k, k[:len(k)-1], k + "s", k[:1]} {
				v, ok := tb.get(w)
				mv, mok := m[w]
				if v != mv || ok != mok {
					t.Errorf("%s: get(%q) = %v, %v; the map says %v, %v", name, w, v, ok, mv, mok)
				}
			}
		}
		if v, ok := tb.get(""); v || ok {
			t.Errorf("%s: get(\"\") = %v, %v", name, v, ok)
		}
	}
	check("spanHeads", spanHeads)
	ops := map[string]bool{}
	for k := range opsByFirst {
		ops[k] = true
	}
	check("opsByFirst", ops)
	starts := map[string]bool{}
	for k := range startsByFirst {
		starts[k] = true
	}
	check("startsByFirst", starts)
}
