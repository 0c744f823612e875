package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestArchiveCommandsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	mustCLI(t, db, "import", "--tag", "geneva", filepath.Join("..", "..", "testdata", "talks.html"), filepath.Join("..", "..", "assets", "sample.md"))
	mustCLI(t, db, "tag", "2", "corridor", "Sarkand")

	var shown articleJSON
	if err := json.Unmarshal([]byte(mustCLI(t, db, "show", "2", "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.ID != 2 || !strings.Contains(shown.Text, "Dorna corridor") || strings.Join(shown.Tags, ",") != "corridor,geneva,Sarkand" ||
		!strings.HasPrefix(shown.Published, "2026-11-12T") || shown.Outlet != "Northbridge Wire" {
		t.Fatalf("show --json = %+v", shown)
	}
	if out := mustCLI(t, db, "list", "--tag", "corridor"); !strings.HasPrefix(out, "2\t") || strings.Count(out, "\n") != 1 {
		t.Errorf("list --tag corridor = %q", out)
	}
	if out := mustCLI(t, db, "search", "erdogan"); !strings.HasPrefix(out, "2\t") {
		t.Errorf("search erdogan (no diacritics) = %q", out)
	}

	// Trash hides, restore brings back; a missing id fails by name.
	if out := mustCLI(t, db, "rm", "1"); out != "trashed 1\n" {
		t.Errorf("rm = %q", out)
	}
	if out := mustCLI(t, db, "search", "Lavrov"); out != "" {
		t.Errorf("a trashed article is still found: %q", out)
	}
	if out, _, code := cli(t, db, "", "restore", "1", "99"); code != 1 || !strings.Contains(out, "restored 1") || !strings.Contains(out, "failed 99: ") {
		t.Errorf("restore 1 99: exit %d, %q", code, out)
	}

	// The bundle round trip is exact, and a backup opens as an archive.
	bundle := filepath.Join(dir, "bundle.jsonl")
	mustCLI(t, db, "brief", "new", "--title", "Corridor talks", "--from", "2,1")
	mustCLI(t, db, "export-archive", bundle)
	db2 := filepath.Join(dir, "copy.db")
	mustCLI(t, db2, "import-archive", bundle)
	bundle2 := filepath.Join(dir, "bundle2.jsonl")
	mustCLI(t, db2, "export-archive", bundle2)
	a, _ := os.ReadFile(bundle)
	b, _ := os.ReadFile(bundle2)
	if len(a) == 0 || string(a) != string(b) {
		t.Errorf("export -> import -> export changed the bundle (%d vs %d bytes)", len(a), len(b))
	}
	backup := filepath.Join(dir, "backup.sqlite")
	mustCLI(t, db, "backup", backup)
	if out := mustCLI(t, backup, "brief", "show", "1"); !strings.Contains(out, "Corridor talks") {
		t.Errorf("the backup lacks the brief: %q", out)
	}
}
