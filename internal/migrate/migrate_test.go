package migrate

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	good := fstest.MapFS{
		"m/0002_more.sql":   {Data: []byte("B")},
		"m/0001_ledger.sql": {Data: []byte("A")},
	}
	ms, err := Load(good, "m")
	if err != nil || len(ms) != 2 || ms[0].Version != 1 || ms[0].SQL != "A" || ms[1].Name != "0002_more.sql" {
		t.Fatalf("Load = %+v, %v", ms, err)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"no number":    {"m/ledger.sql": {}},
		"not sql":      {"m/0001_ledger.txt": {}},
		"zero":         {"m/0000_x.sql": {}},
		"same version": {"m/0001_a.sql": {}, "m/01_b.sql": {}},
	} {
		if _, err := Load(fsys, "m"); err == nil || !strings.Contains(err.Error(), "migration") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if _, err := Load(good, "missing"); err == nil {
		t.Error("a missing folder loaded")
	}
}
