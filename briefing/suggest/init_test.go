package suggest

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/suggest/internal/wordlist"
	"github.com/briefdesk/briefdesk/internal/lazy"
)

// readsAtInit and loadsAtInit are what had been read and built when this
// file's init ran: after every package-level variable of suggest, and after
// the init of every package it imports (ner among them). go test compiles
// the test files after the package's own, so this init runs last.
var readsAtInit, loadsAtInit int64

func init() { readsAtInit, loadsAtInit = wordlist.Reads(), lazy.Loads() }

// TestNothingLoadedAtInit: no word list is read and no table or expression
// of internal/lazy is built at package init; every CLI command runs the
// inits, and building them there cost ~5.5 ms of each start (issue 12).
func TestNothingLoadedAtInit(t *testing.T) {
	if readsAtInit != 0 {
		t.Errorf("%d word lists were read at package init; declare them with lazy.Of (lazySet in ner)", readsAtInit)
	}
	if loadsAtInit != 0 {
		t.Errorf("%d lazy values or expressions were built at package init", loadsAtInit)
	}
	// The check itself works: a first use reads and builds.
	if !pronouns()["he"] || wordlist.Reads() == readsAtInit || lazy.Loads() == loadsAtInit {
		t.Errorf("a first use of pronouns read nothing (reads %d, loads %d)", wordlist.Reads(), lazy.Loads())
	}
}
