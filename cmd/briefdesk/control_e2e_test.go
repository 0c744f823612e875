package main

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// hasControl reports a C0 (but for newline and tab), DEL or C1 control
// character: what a terminal may obey as a command.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f)
	})
}

// TestCLIOutputEscapesControlCharacters covers issue 12 item 13 for the
// CLI: metadata with terminal escapes (here written into the archive
// directly, as an archive from before the fix may hold them) is printed
// escaped by list, search and show, and an error naming such a file too.
func TestCLIOutputEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	mustCLI(t, db, "import", filepath.Join("..", "..", "assets", "sample.md"))
	mustCLI(t, db, "brief", "new", "--title", "Clean title", "--from", "1")
	conn, err := sql.Open("sqlite3", "file:"+db+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"UPDATE articles SET title = 'Owned' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J', outlet = 'Wire' || char(155) || '31m', author = 'Desk' || char(0) || 'Editor', url = 'https://e.example/' || char(27) || '[1m'",
		"UPDATE briefs SET title = 'Brief' || char(27) || '[2J', author = 'A' || char(10) || 'ok 9 forged'",
	} {
		if _, err := conn.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	conn.Close()

	for _, args := range [][]string{
		{"list"},
		{"search", "Dorna"},
		{"show", "1"},
		{"brief", "list"},
		{"brief", "show", "1"},
	} {
		out := mustCLI(t, db, args...)
		if hasControl(out) {
			t.Errorf("%v prints control characters: %q", args, out)
		}
		if args[0] == "list" && (!strings.Contains(out, `Owned\x1b]0;pwned\a\x1b[2J`) || strings.Count(out, "\n") != 1) {
			t.Errorf("list = %q, want the title escaped on one line", out)
		}
		if args[0] == "brief" && args[1] == "show" && strings.Contains(out, "\nok 9 forged") {
			t.Errorf("brief show lets the author forge a line: %q", out)
		}
	}

	missing := filepath.Join(dir, "gone\x1b[2J.jsonl")
	_, errOut, code := cli(t, db, "", "import-archive", missing)
	if code != 1 || hasControl(errOut) || !strings.Contains(errOut, `gone\x1b[2J.jsonl`) {
		t.Errorf("import-archive of a missing file: exit %d, stderr %q; want the name escaped", code, errOut)
	}
	out, _, _ := cli(t, db, "", "import", filepath.Join(dir, "x\nok 99 fake.txt"))
	if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, `failed "`) {
		t.Errorf("import of a missing file with a newline in its name = %q, want one quoted line", out)
	}
}
