package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 12 item 18: exclusions work from the command line, a query of
// exclusions only is refused, and a shortened query says so.
func TestSearchExclusionsFromTheCLI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	for name, text := range map[string]string{
		"talks.txt": "Geneva round\n\nCeasefire talks resumed in Geneva on Monday.",
		"holds.txt": "Quiet front\n\nThe ceasefire holds along the whole line.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustCLI(t, db, "import", filepath.Join(dir, "talks.txt"), filepath.Join(dir, "holds.txt"))
	// One argument, as a shell passes a quoted query: a bare -talks would
	// be read as a flag.
	out := mustCLI(t, db, "search", "ceasefire -talks")
	if strings.Contains(out, "Geneva round") || !strings.Contains(out, "Quiet front") {
		t.Errorf("search ceasefire -talks:\n%s", out)
	}
	out, errOut, code := cli(t, db, "", "search", "NOT", "ceasefire")
	if code == 0 || out != "" || !strings.Contains(errOut, "needs a term to search for") {
		t.Errorf("search NOT ceasefire: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, errOut, code = cli(t, db, "", "search", strings.Repeat("ceasefire ", 40))
	if code != 0 || !strings.Contains(errOut, "query shortened") || !strings.Contains(errOut, "8 terms") {
		t.Errorf("40-term search: exit %d, stderr %q; want a note that 8 terms were left out", code, errOut)
	}
}
