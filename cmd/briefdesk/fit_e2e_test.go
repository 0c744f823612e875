package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Issue 12 item 21: brief fit and export refuse a paper size they do not
// know instead of reporting "0% at 0.0 pt".
func TestBriefFitRefusesUnknownPaper(t *testing.T) {
	db := filepath.Join(t.TempDir(), "archive.db")
	id := strings.TrimSpace(mustCLI(t, db, "brief", "new", "--title", "Harbour dispute"))
	for _, args := range [][]string{
		{"brief", "fit", id, "--paper", "A0"},
		{"brief", "export", id, "--paper", "A0", "--out", filepath.Join(t.TempDir(), "b.md")},
	} {
		out, errOut, code := cli(t, db, "", args...)
		if code == 0 || !strings.Contains(errOut, "A0") || strings.Contains(out, "0.0 pt") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want a refusal naming A0", args, code, out, errOut)
		}
	}
}
