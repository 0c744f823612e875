package storage

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rawDB makes a SQLite file the way another program would.
func rawDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
}

// Issue 12 item 20: a newer archive in rollback-journal mode is refused
// and left as it was: no switch to WAL.
func TestNewerArchiveIsRefusedUnchanged(t *testing.T) {
	sqliteOnly(t) // the file; see store_pg_test.go for PostgreSQL
	path := filepath.Join(t.TempDir(), "newer.db")
	rawDB(t, path, "PRAGMA journal_mode=DELETE", "CREATE TABLE articles (id INTEGER PRIMARY KEY)",
		"PRAGMA user_version = 999")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open = %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("refused archive file changed (switched to WAL?)")
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Error("refused archive got a -wal file")
	}
}

// Issue 12 item 20: another program's SQLite file is refused, not filled
// with Briefdesk's tables; an empty file is a new archive.
func TestForeignDatabaseIsRefused(t *testing.T) {
	sqliteOnly(t) // the file; see store_pg_test.go for PostgreSQL
	dir := t.TempDir()
	path := filepath.Join(dir, "recipes.db")
	rawDB(t, path, "PRAGMA journal_mode=DELETE", "CREATE TABLE recipes (name TEXT, minutes INTEGER)",
		"INSERT INTO recipes VALUES ('barley soup', 50)")
	before, _ := os.ReadFile(path)
	_, err := Open(path)
	if err == nil || !strings.Contains(err.Error(), "not a Briefdesk archive") {
		t.Fatalf("Open = %v, want a refusal saying it is not a Briefdesk archive", err)
	}
	if after, _ := os.ReadFile(path); string(before) != string(after) {
		t.Error("foreign database changed")
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(empty)
	if err != nil {
		t.Fatalf("Open(empty file) = %v", err)
	}
	s.Close()
}

// An archive at the latest schema opens without taking the write lock: a
// `search` from the shell opens it while another process holds the lock
// for an import batch (it used to wait the busy timeout and fail).
func TestCurrentArchiveOpensWhileAnotherWriterHoldsTheLock(t *testing.T) {
	sqliteOnly(t)
	path := filepath.Join(t.TempDir(), "a.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	other, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=100")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(t.Context(), "ROLLBACK")
	st2, err := Open(path)
	if err != nil {
		t.Fatalf("Open while another writer holds the lock: %v", err)
	}
	defer func() {
		if err := st2.Close(); err != nil {
			t.Errorf("Close while another writer holds the lock: %v", err)
		}
	}()
	if _, err := st2.Search(t.Context(), "anything", SearchOptions{}); err != nil {
		t.Errorf("search while another writer holds the lock: %v", err)
	}
}
