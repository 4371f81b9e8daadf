package attrition_test

import (
	"testing"

	"github.com/attrition-project/attrition"
)

// One publisher under the names texts and datasets give it is one source;
// names the registry does not know are kept as written.
func TestCanonicalSource(t *testing.T) {
	tests := []struct{ in, want string }{
		{"UK MoD", "UK Ministry of Defence"},
		{"  British Defence Intelligence ", "UK Ministry of Defence"},
		{"HUR", "Defence Intelligence of Ukraine"},
		{"Ukraine's military intelligence", "Defence Intelligence of Ukraine"},
		{"South Korea's spy agency", "South Korea's National Intelligence Service"},
		{"Mediazona and the BBC Russian service", "Mediazona"},
		{"Sudan Doctors Network", "Sudan Doctors Network"},
		{"Pakistan’s military", "Pakistan's military"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := attrition.CanonicalSource(tt.in); got != tt.want {
			t.Errorf("CanonicalSource(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
