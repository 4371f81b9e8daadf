package corpuscheck

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzCheckPassage feeds arbitrary lines to the passage checker: whatever a
// hand edit leaves in the corpus, the check must report it, never panic.
func FuzzCheckPassage(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join(corpusDir, "gold.jsonl")); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for i := 0; sc.Scan() && i < 8; i++ {
			f.Add(append([]byte(nil), sc.Bytes()...))
		}
	}
	f.Add([]byte(`{"id":"x","published":"2025-01-01","text":"ab","claims":[{"span":[5,1],"quote":"zz","bound":"point"}]}`))
	f.Add([]byte(`{"id":"x","published":"2025-13-01","text":"é","claims":[{"span":[1,2],"quote":"\u00e9"}]}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		var p passage
		if err := json.Unmarshal(line, &p); err != nil {
			return
		}
		checkPassage(p, &p, func(string, ...any) {})
	})
}
