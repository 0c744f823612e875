package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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

// TestArchiveOutputsNeverClobber covers issue 12 item 1: export-archive and
// backup refuse the open archive, refuse an existing file unless --force,
// and leave nothing behind when the write fails.
func TestArchiveOutputsNeverClobber(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	mustCLI(t, db, "import", filepath.Join("..", "..", "assets", "sample.md"))
	link := filepath.Join(dir, "link-to-archive.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}

	for _, cmd := range []string{"export-archive", "backup"} {
		for _, target := range []string{db, link, db + "-wal"} {
			for _, force := range []bool{false, true} {
				args := []string{cmd, target}
				if force {
					args = append(args, "--force")
				}
				_, errOut, code := cli(t, db, "", args...)
				if code == 0 || !strings.Contains(errOut, "archive") {
					t.Errorf("%v: exit %d, stderr %q; want a refusal naming the archive", args, code, errOut)
				}
				if out, errOut, code := cli(t, db, "", "list"); code != 0 || !strings.HasPrefix(out, "1\t") {
					t.Fatalf("after %v the archive no longer opens: exit %d, %q %q", args, code, out, errOut)
				}
			}
		}

		existing := filepath.Join(dir, cmd+".old")
		if err := os.WriteFile(existing, []byte("keep me\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, errOut, code := cli(t, db, "", cmd, existing)
		if code == 0 || !strings.Contains(errOut, existing) || !strings.Contains(errOut, "--force") {
			t.Errorf("%s onto an existing file: exit %d, stderr %q; want a refusal naming it and --force", cmd, code, errOut)
		}
		if b, _ := os.ReadFile(existing); string(b) != "keep me\n" {
			t.Errorf("%s changed an existing file without --force: %q", cmd, b)
		}
		mustCLI(t, db, cmd, "--force", existing)
		if b, _ := os.ReadFile(existing); string(b) == "keep me\n" || len(b) == 0 {
			t.Errorf("%s --force did not replace the file: %q", cmd, b)
		}
	}
	if out := mustCLI(t, filepath.Join(dir, "backup.old"), "list"); !strings.HasPrefix(out, "1\t") {
		t.Errorf("the forced backup does not open as an archive: %q", out)
	}
}

// TestFailedBackupLeavesNoFile covers issue 12 item 1: a backup that runs
// out of room (here: a file size limit) leaves neither the target nor a
// temporary file.
func TestFailedBackupLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "archive.db")
	var text strings.Builder
	for i := 0; text.Len() < 3<<20; i++ {
		fmt.Fprintf(&text, "Delegation %d reviewed clause %d of the draft accord before the vote. ", i, i*7)
	}
	if _, errOut, code := cli(t, db, text.String(), "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	sub := filepath.Join(dir, "out")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(sub, "copy.sqlite")
	// ulimit -f counts 512-byte blocks in POSIX sh: 2 MB, less than the copy.
	cmd := exec.Command("sh", "-c", `ulimit -f 4096 && exec "$0" --db "$1" backup "$2"`, binary, db, target)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("backup under a 2 MB file size limit succeeded: %s", out)
	}
	left, _ := os.ReadDir(sub)
	for _, e := range left {
		t.Errorf("a failed backup left %s behind (%s)", e.Name(), out)
	}
	if out := mustCLI(t, db, "list"); !strings.HasPrefix(out, "1\t") {
		t.Errorf("the archive lost its article: %q", out)
	}
}
