package suggest

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/ner"
)

// A name that only qualifies the noun after it is no side, after "the", a
// determiner or "of"; the people who act for it are.
func TestANameQualifyingANounIsNoSide(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"He denied the hacking of Velm computers.", "Velm", true},
		{"She called him a Velm fanatic.", "Velm", true},
		{"They toured the Brenna valley.", "Brenna", true},
		{"The talks angered the Velm officials.", "Velm", false},
		{"A spokesman of Velm said no.", "Velm", false},
		{"He met Velm envoys.", "Velm", false},
	} {
		i := strings.Index(tc.text, tc.name)
		m := ner.Mention{Text: tc.name, Start: i, End: i + len(tc.name)}
		if got := modifierUse(tc.text, m); got != tc.want {
			t.Errorf("modifierUse(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
