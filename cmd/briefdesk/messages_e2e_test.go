package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 12 item 28: messages say what happened, once.
func TestMessagesNameTheRightThing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	note := filepath.Join(dir, "note.txt")
	if err := os.WriteFile(note, []byte("Ferry strike ends\n\nCrews return on Friday."), 0o644); err != nil {
		t.Fatal(err)
	}

	out, _, _ := cli(t, db, "", "import", "file://"+note)
	if strings.Contains(out, "no such file") || !strings.Contains(out, "file: URL") || !strings.Contains(out, note) {
		t.Errorf("import file://: %q, want a line saying file: URLs are not read, naming the path", out)
	}

	mustCLI(t, db, "import", note)
	again := filepath.Join(dir, "again.md")
	if err := os.WriteFile(again, []byte("# A different headline\n\nCrews return on Friday."), 0o644); err != nil {
		t.Fatal(err)
	}
	out = mustCLI(t, db, "import", again)
	if strings.TrimSpace(out) != "duplicate 1 Ferry strike ends" {
		t.Errorf("duplicate line = %q, want the stored title", out)
	}

	_, errOut, code := cli(t, db, "", "brief", "show", "99")
	if code == 0 || strings.Count(errOut, "brief 99") != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("brief show 99: exit %d, stderr %q; want 'brief 99' once and not found", code, errOut)
	}
}
