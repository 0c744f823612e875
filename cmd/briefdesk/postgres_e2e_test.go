package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/internal/pgtest"
)

// TestMoveArchiveBetweenEnginesEndToEnd: with the built binary,
// `--db FILE export-archive X` then `--db postgres://… import-archive X`
// (and the way back, through a libpq keyword string) round-trips byte for
// byte, and the team archive answers searches and backs up to a file that
// opens as a laptop archive. It starts a throwaway PostgreSQL server
// (internal/pgtest) and skips, saying how to install one, when the server
// binaries are absent.
func TestMoveArchiveBetweenEnginesEndToEnd(t *testing.T) {
	srv := pgtest.StartT(t)
	dir := t.TempDir()
	laptop := filepath.Join(dir, "laptop.db")
	mustCLI(t, laptop, "import", "--tag", "geneva", filepath.Join("..", "..", "testdata", "talks.html"), filepath.Join("..", "..", "assets", "sample.md"))
	mustCLI(t, laptop, "tag", "2", "corridor", "Sarkand")
	mustCLI(t, laptop, "brief", "new", "--title", "Corridor talks", "--from", "2,1")
	mustCLI(t, laptop, "rm", "1")

	bundle := filepath.Join(dir, "laptop.jsonl")
	mustCLI(t, laptop, "export-archive", bundle)
	team := srv.URL(pgtest.Database, srv.NewSchema(t))
	mustCLI(t, team, "import-archive", bundle)
	teamBundle := filepath.Join(dir, "team.jsonl")
	mustCLI(t, team, "export-archive", teamBundle)
	sameFile(t, bundle, teamBundle)

	if out := mustCLI(t, team, "search", "erdogan"); !strings.HasPrefix(out, "2\t") {
		t.Errorf("search erdogan on PostgreSQL = %q", out)
	}
	if out := mustCLI(t, team, "brief", "show", "1"); !strings.Contains(out, "Corridor talks") {
		t.Errorf("brief show on PostgreSQL = %q", out)
	}

	// The way back, the archive named by a libpq keyword string.
	again := srv.DSN(pgtest.Database, srv.NewSchema(t))
	mustCLI(t, again, "import-archive", teamBundle)
	travel := filepath.Join(dir, "travel.db")
	backup := filepath.Join(dir, "team-backup.sqlite")
	mustCLI(t, again, "backup", backup)
	mustCLI(t, travel, "import-archive", teamBundle)
	travelBundle := filepath.Join(dir, "travel.jsonl")
	mustCLI(t, travel, "export-archive", travelBundle)
	sameFile(t, teamBundle, travelBundle)
	backupBundle := filepath.Join(dir, "backup.jsonl")
	mustCLI(t, backup, "export-archive", backupBundle)
	sameFile(t, teamBundle, backupBundle)

	// A wrong password is not printed.
	_, errOut, code := cli(t, "postgres://lena:hunter2-secret@127.0.0.1:1/briefdesk?connect_timeout=2", "", "list")
	if code == 0 || strings.Contains(errOut, "hunter2-secret") || !strings.Contains(errOut, "postgres://lena@127.0.0.1:1/briefdesk") {
		t.Errorf("unreachable server: exit %d, stderr %q", code, errOut)
	}
}

func sameFile(t *testing.T, a, b string) {
	t.Helper()
	x, errA := os.ReadFile(a)
	y, errB := os.ReadFile(b)
	if errA != nil || errB != nil || len(x) == 0 || string(x) != string(y) {
		t.Errorf("%s and %s differ (%d and %d bytes; %v, %v)", filepath.Base(a), filepath.Base(b), len(x), len(y), errA, errB)
	}
}
