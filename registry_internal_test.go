package attrition

import (
	"strings"
	"testing"
	"unicode"
)

// normalizePhrase's one-pass path gives what the general one does.
func TestNormalizePhrase(t *testing.T) {
	slow := func(s string) string {
		s = strings.ReplaceAll(s, "’", "'")
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
	}
	for _, s := range []string{
		"", " ", "uk mod", "UK MoD", " UK MoD", "UK MoD ", "UK  MoD", "UK\tMoD", "South Korea’s spy agency",
		"Gaza's Civil Defence", "Ärzte ohne Grenzen", "a", "A", "the IISS", "x\ny",
	} {
		if got, want := normalizePhrase(s), slow(s); got != want {
			t.Errorf("normalizePhrase(%q) = %q, want %q", s, got, want)
		}
	}
}
