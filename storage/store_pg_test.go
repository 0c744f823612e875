package storage

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
)

func TestIsPostgres(t *testing.T) {
	for _, c := range []struct {
		target string
		want   bool
	}{
		{"postgres://analyst@db.example/briefdesk", true},
		{"postgresql://db.example:5433/briefdesk?sslmode=verify-full", true},
		{"host=db.example dbname=briefdesk", true},
		{"  dbname=briefdesk", true},
		{"service=briefdesk", true},
		{"/home/lena/archive.db", false},
		{"archive.db", false},
		{"postgres:archive.db", false},
		{"notes=1.db", false}, // not a libpq keyword: a file name
		{"", false},
	} {
		if got := IsPostgres(c.target); got != c.want {
			t.Errorf("IsPostgres(%q) = %v, want %v", c.target, got, c.want)
		}
	}
}

// TestPasswordsAreNeverShown: the display form and the errors of a
// connection string that carries a password do not show it.
func TestPasswordsAreNeverShown(t *testing.T) {
	const secret = "s3cr3t-Pa55"
	for _, target := range []string{
		"postgres://lena:" + secret + "@127.0.0.1:1/briefdesk?connect_timeout=2",
		"host=127.0.0.1 port=1 user=lena password=" + secret + " dbname=briefdesk connect_timeout=2",
		"postgres://lena:" + secret + "@127.0.0.1:1/briefdesk?sslmode=nonsense",
	} {
		if d := DisplayTarget(target); strings.Contains(d, secret) || !strings.HasPrefix(d, "postgres://") {
			t.Errorf("DisplayTarget(%q) = %q", target, d)
		}
		_, err := Open(target)
		if err == nil {
			t.Fatalf("Open(%q) succeeded: nothing listens on port 1", target)
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("Open error shows the password: %v", err)
		}
		if !strings.Contains(target, "nonsense") && !strings.Contains(err.Error(), "postgres://lena@127.0.0.1:1/briefdesk") {
			t.Errorf("Open error does not name the archive: %v", err)
		}
	}
}

// pgTarget returns a connection string for a fresh schema of the test
// server, skipping the test in the SQLite pass.
func pgTarget(t *testing.T) string {
	t.Helper()
	postgresOnly(t)
	return testPG.Schema(t)
}

func TestPostgresOpenMigratesAndReopens(t *testing.T) {
	target := pgTarget(t)
	s, err := Open(target)
	if err != nil {
		t.Fatal(err)
	}
	if s.Engine() != "postgres" || strings.Contains(s.Path(), "password") || !strings.HasPrefix(s.Path(), "postgres://postgres@") {
		t.Errorf("Engine, Path = %q, %q", s.Engine(), s.Path())
	}
	id := mustAdd(t, s, article("Valmora talks", "https://example.org/v", valmora))
	s.Close()
	s, err = Open(target)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var version int
	if err := s.read.QueryRow(`SELECT version FROM briefdesk_schema`).Scan(&version); err != nil || version != PostgresSchemaVersion() {
		t.Errorf("schema version = %d, %v; want %d", version, err, PostgresSchemaVersion())
	}
	if a, err := s.Article(context.Background(), id); err != nil || a.Title != "Valmora talks" {
		t.Errorf("after reopening: %+v, %v", a.Title, err)
	}
}

func TestPostgresRefusesNewerSchemaUnchanged(t *testing.T) {
	target := pgTarget(t)
	s, err := Open(target)
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, s, article("Valmora talks", "", valmora))
	if _, err := s.write.Exec(`UPDATE briefdesk_schema SET version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(target)
	if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), "version 99") {
		t.Fatalf("Open(newer) = %v, want ErrNewerSchema naming version 99", err)
	}
}

func TestPostgresForeignSchemaIsRefused(t *testing.T) {
	target := pgTarget(t)
	s, err := Open(target)
	if err != nil {
		t.Fatal(err)
	}
	// Another program's tables and no Briefdesk version table.
	if _, err := s.write.Exec(`DROP TABLE briefdesk_schema; CREATE TABLE invoices (id int)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(target); !errors.Is(err, ErrNotArchive) {
		t.Fatalf("Open(foreign schema) = %v, want ErrNotArchive", err)
	}
}

// TestPostgresFirstOpensAtOnce: several first opens of one new archive at
// once all succeed; the advisory lock lets one migrate.
func TestPostgresFirstOpensAtOnce(t *testing.T) {
	for range 3 {
		target := pgTarget(t)
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for k := range errs {
			wg.Go(func() {
				s, err := Open(target)
				if err == nil {
					err = s.Close()
				}
				errs[k] = err
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("first opens at once: %v", err)
			}
		}
	}
}

func TestPostgresMissingSchemaIsNamed(t *testing.T) {
	postgresOnly(t)
	_, err := Open(testPG.DSN("briefdesk_test", "") + " search_path=no_such_schema")
	if err == nil || !strings.Contains(err.Error(), "search_path") {
		t.Fatalf("Open(missing schema) = %v", err)
	}
}

func TestRebindPG(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`SELECT id FROM a WHERE x = ? AND y = ?`, `SELECT id FROM a WHERE x = $1 AND y = $2`},
		{`SELECT ?1, ?2, ?1`, `SELECT $1, $2, $1`},
		{`SELECT '?' , "a?b", ? -- why?` + "\n" + `, ?`, `SELECT '?' , "a?b", $1 -- why?` + "\n" + `, $2`},
		{`INSERT OR IGNORE INTO t (a) VALUES (?)`, `INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING`},
		{`INSERT OR REPLACE INTO m (k, s, g) VALUES (?, ?, ?)`,
			`INSERT INTO m (k, s, g) VALUES ($1, $2, $3) ON CONFLICT (k) DO UPDATE SET s = excluded.s, g = excluded.g`},
		{`ORDER BY t.name COLLATE NOCASE, t.name`, `ORDER BY lower(t.name COLLATE "C") COLLATE "C", t.name`},
		{`SELECT count(*) FROM articles a WHERE 1 AND a.x = ?`, `SELECT count(*) FROM articles a WHERE true AND a.x = $1`},
		{`SELECT id FROM articles INDEXED BY articles_imported WHERE 1`, `SELECT id FROM articles WHERE true`},
	} {
		if got := rebindPG(c.in); got != c.want {
			t.Errorf("rebindPG(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
	if !returnsID(`INSERT INTO briefs (id) VALUES ($1)`) || returnsID(`INSERT INTO tags (name) VALUES ($1)`) ||
		returnsID(`INSERT INTO articles (id) VALUES ($1) ON CONFLICT DO NOTHING`) {
		t.Error("returnsID")
	}
}

func TestHasPassword(t *testing.T) {
	for target, want := range map[string]bool{
		"postgres://lena:pw@db.example/briefdesk":              true,
		"postgres://lena@db.example/briefdesk?password=pw":     true,
		"host=db.example password=pw dbname=briefdesk":         true,
		"postgres://lena@db.example/briefdesk?sslmode=require": false,
		"host=db.example dbname=briefdesk passfile=/x":         false,
		"service=briefdesk":                                    false,
	} {
		if got := HasPassword(target); got != want {
			t.Errorf("HasPassword(%q) = %v, want %v", target, got, want)
		}
	}
}
