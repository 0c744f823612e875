package importer

import (
	"testing"

	"github.com/briefdesk/briefdesk/internal/lazy"
)

// TestLazyRegexpsCompile: every expression compiled on first use is valid
// (a bad one would panic only when first used, not at start-up).
func TestLazyRegexpsCompile(t *testing.T) {
	if n := len(lazy.All()); n < 22 {
		t.Fatalf("lazy.All lists %d expressions, want the importer's 22 at least", n)
	}
	for _, l := range lazy.All() {
		l.Get()
	}
}
