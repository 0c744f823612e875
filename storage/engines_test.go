package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefdesk/briefdesk/internal/pgtest"
)

// testPG is the throwaway PostgreSQL server of the second pass; nil in
// the SQLite pass.
var testPG *pgtest.Server

// TestMain runs the package's tests twice, one conformance suite for both
// engines: first on SQLite files, then on a PostgreSQL server it starts
// itself (initdb into a temporary folder, a Unix socket there, a fresh
// schema per test, all removed at the end). BRIEFDESK_TEST_ENGINE=sqlite
// or =postgres runs one pass. Without the PostgreSQL binaries the second
// pass is skipped with a message that says how to install them.
func TestMain(m *testing.M) {
	engine := os.Getenv("BRIEFDESK_TEST_ENGINE")
	code := 0
	if engine != "postgres" {
		code = m.Run()
	}
	if engine == "sqlite" {
		os.Exit(code)
	}
	srv, err := pgtest.Start()
	if errors.Is(err, pgtest.ErrUnavailable) && engine != "postgres" {
		fmt.Printf("storage: the PostgreSQL pass is skipped: %v\n", err)
		os.Exit(code)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "storage: starting PostgreSQL for the second pass: %v\n", err)
		os.Exit(1)
	}
	fmt.Println("storage: the same tests on PostgreSQL")
	testPG = srv
	pgCode := m.Run()
	srv.Stop()
	os.Exit(max(code, pgCode))
}

// openTestArchive opens a fresh, empty archive for the pass's engine: a
// file under t.TempDir(), or a new schema on the test server.
func openTestArchive(t testing.TB) (*Store, error) {
	t.Helper()
	if testPG != nil {
		return Open(testPG.Schema(t))
	}
	return Open(t.TempDir() + "/archive.db")
}

// sqliteOnly skips a test of the SQLite file itself (WAL, file locks,
// backups beside the file) in the PostgreSQL pass.
func sqliteOnly(t testing.TB) {
	t.Helper()
	if testPG != nil {
		t.Skip("SQLite file behaviour")
	}
}

// postgresOnly skips a test of the PostgreSQL engine in the SQLite pass.
func postgresOnly(t testing.TB) {
	t.Helper()
	if testPG == nil {
		t.Skip("PostgreSQL behaviour: runs in the PostgreSQL pass")
	}
}

// sqliteTwin returns a SQLite copy of archive s (same ids), made once per
// test through the archive bundle: what FTS5 answers on it is what the
// PostgreSQL search must answer.
func sqliteTwin(t testing.TB, s *Store) *Store {
	t.Helper()
	var bundle bytes.Buffer
	if err := s.ExportArchive(context.Background(), &bundle); err != nil {
		t.Fatal(err)
	}
	key := bundle.String()
	if twin, ok := twins[key]; ok {
		return twin
	}
	twin, err := Open(filepath.Join(t.TempDir(), "twin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { twin.Close(); delete(twins, key) })
	if err := twin.ImportArchive(context.Background(), &bundle); err != nil {
		t.Fatal(err)
	}
	twins[key] = twin
	return twin
}

// twins caches sqliteTwin's copies by bundle (tests of this package do not
// run in parallel).
var twins = map[string]*Store{}

// pgTargetForTest is the connection string s was opened with, so that a
// test can open a second Store (a colleague) on the same archive.
func (s *Store) pgTargetForTest(t testing.TB) string {
	t.Helper()
	if s.pg == nil {
		t.Fatal("not a PostgreSQL archive")
	}
	return testPG.DSN(pgtest.Database, s.pg.schema)
}
