package storage

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// newTestStore opens a fresh archive: a file under t.TempDir(), or in the
// PostgreSQL pass a fresh schema (see TestMain).
func newTestStore(t testing.TB) *Store {
	t.Helper()
	s, err := openTestArchive(t)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// article makes a finished article with the given title and body.
func article(title, url, text string) briefing.Article {
	a := briefing.Article{Title: title, Outlet: "Northbridge Wire", Author: "Lena Hartmann",
		URL: url, Language: "en", Text: text,
		Published: time.Date(2026, 11, 12, 9, 30, 0, 0, time.UTC)}
	a.Finish()
	return a
}

// mustAdd stores a and fails the test unless it is new.
func mustAdd(t testing.TB, s *Store, a briefing.Article) int64 {
	t.Helper()
	r, err := s.AddArticle(context.Background(), a)
	if err != nil {
		t.Fatalf("AddArticle(%q): %v", a.Title, err)
	}
	if r.Duplicate {
		t.Fatalf("AddArticle(%q): unexpected duplicate of %d", a.Title, r.ID)
	}
	return r.ID
}

const valmora = `GENEVA — Two days of high-level talks between Arvelia and Sarkand ended without agreement.

Arvelian Foreign Minister Михаил Соколов met Sarkand's chief negotiator, Aylin Erdoğan-Kaya, at the Palais des Nations.`

func TestOpenMigratesAndReopens(t *testing.T) {
	sqliteOnly(t) // the file; see store_pg_test.go for PostgreSQL
	path := filepath.Join(t.TempDir(), "sub", "dir", "archive.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	var v int
	if err := s.read.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() {
		t.Errorf("user_version = %d (%v), want %d", v, err, SchemaVersion())
	}
	if SchemaVersion() < 2 {
		t.Errorf("SchemaVersion() = %d, want at least 2", SchemaVersion())
	}
	var mode string
	if err := s.write.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q (%v), want wal", mode, err)
	}
	var fk int
	if err := s.read.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d (%v), want 1", fk, err)
	}
	id := mustAdd(t, s, article("Talks end", "", valmora))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if _, err := s.Article(context.Background(), id); err != nil {
		t.Errorf("article after reopen: %v", err)
	}
	if m, _ := filepath.Glob(path + ".pre-v*"); len(m) != 0 {
		t.Errorf("backup made without a migration: %v", m)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	sqliteOnly(t) // the file; see store_pg_test.go for PostgreSQL
	path := filepath.Join(t.TempDir(), "archive.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	newer := SchemaVersion() + 1
	if _, err := s.write.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open of a newer archive: err = %v, want ErrNewerSchema", err)
	}
	for _, want := range []string{"99", "version " + strconv.Itoa(newer-1)} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
}

func TestMigrationBacksUpExistingArchive(t *testing.T) {
	sqliteOnly(t) // the file; see store_pg_test.go for PostgreSQL
	path := filepath.Join(t.TempDir(), "archive.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	id := mustAdd(t, s, article("Talks end", "", valmora))
	// Pretend the archive predates migration 0002.
	_, err = s.write.Exec(`DROP TABLE brief_revisions; DROP TABLE article_tags; DROP TABLE tags;
		DROP TABLE article_originals; PRAGMA user_version = 1`)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if err := s.Tag(context.Background(), id, "geneva"); err != nil {
		t.Errorf("Tag after migration: %v", err)
	}
	bak := path + ".pre-v" + strconv.Itoa(SchemaVersion()) + ".bak"
	old, err := Open(bak) // the backup is a working archive at version 1...
	if err == nil {
		defer old.Close()
		if _, err := old.Article(context.Background(), id); err != nil {
			t.Errorf("article in backup: %v", err)
		}
	} else {
		t.Fatalf("open backup %s: %v", bak, err)
	}
}

func TestMigrationsAreNumberedWithoutGaps(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.version != i+1 || strings.TrimSpace(m.sql) == "" {
			t.Errorf("migration %d is %s (version %d)", i+1, m.name, m.version)
		}
	}
}

func TestDefaultPathFollowsXDG(t *testing.T) {
	if os.Getenv("GOOS") != "" && os.Getenv("GOOS") != "linux" {
		t.Skip("linux layout")
	}
	t.Setenv("XDG_DATA_HOME", "/data/home")
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if p != "/data/home/briefdesk/archive.db" {
		t.Errorf("DefaultPath() = %q", p)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/analyst")
	if p, _ := DefaultPath(); p != "/home/analyst/.local/share/briefdesk/archive.db" {
		t.Errorf("DefaultPath() without XDG_DATA_HOME = %q", p)
	}
}

func TestAddArticleRoundTripAndDuplicates(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	a := article("Valmora talks end without a deal", "https://example.org/valmora", valmora)
	a.RawHTML = "<html><body><p>GENEVA</p></body></html>"
	id := mustAdd(t, s, a)

	got, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.ImportedAt.IsZero() {
		t.Error("ImportedAt was not set")
	}
	a.ID, a.ImportedAt = id, got.ImportedAt
	if !reflect.DeepEqual(got, a) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, a)
	}

	t.Run("same text re-wrapped and re-cased is a duplicate", func(t *testing.T) {
		b := article("Other headline", "", strings.ToUpper(strings.ReplaceAll(valmora, " ", "\n ")))
		r, err := s.AddArticle(ctx, b)
		if err != nil || !r.Duplicate || r.ID != id {
			t.Errorf("AddArticle = %+v, %v; want duplicate of %d", r, err, id)
		}
	})
	t.Run("same URL is a duplicate", func(t *testing.T) {
		b := article("Updated story", "https://example.org/valmora", "A completely different body.")
		r, err := s.AddArticle(ctx, b)
		if err != nil || !r.Duplicate || r.ID != id {
			t.Errorf("AddArticle = %+v, %v; want duplicate of %d", r, err, id)
		}
	})
	t.Run("an unfinished article is finished", func(t *testing.T) {
		b := briefing.Article{Title: "  Raw  ", Text: "  Plain pasted text about Kyrov shelling.  "}
		r, err := s.AddArticle(ctx, b)
		if err != nil || r.Duplicate {
			t.Fatalf("AddArticle = %+v, %v", r, err)
		}
		got, err := s.Article(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.ContentHash == "" || got.WordCount != 6 || got.Title != "Raw" {
			t.Errorf("stored %+v", got)
		}
	})
	t.Run("empty URLs are not duplicates of each other", func(t *testing.T) {
		mustAdd(t, s, article("One", "", "First text without a link."))
		mustAdd(t, s, article("Two", "", "Second text without a link."))
	})
	if n, err := s.CountArticles(ctx); err != nil || n != 4 {
		t.Errorf("CountArticles = %d, %v; want 4", n, err)
	}
}

func TestAddArticlesBatch(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	first := mustAdd(t, s, article("Existing", "https://e.org/1", "Existing text."))
	rs, err := s.AddArticles(ctx, []briefing.Article{
		article("New A", "https://e.org/a", "Text A."),
		article("Again", "https://e.org/1", "Other text."),
		article("New B", "", "Text B."),
		article("A again", "", "text a."),
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []bool{false, true, false, true}
	for i, r := range rs {
		if r.Duplicate != want[i] {
			t.Errorf("result %d = %+v, want Duplicate=%v", i, r, want[i])
		}
	}
	if rs[1].ID != first || rs[3].ID != rs[0].ID {
		t.Errorf("duplicates point to %d and %d, want %d and %d", rs[1].ID, rs[3].ID, first, rs[0].ID)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.AddArticles(cancelled, []briefing.Article{article("C", "", "Text C.")}); err == nil {
		t.Error("AddArticles with a cancelled context succeeded")
	}
	if n, _ := s.CountArticles(ctx); n != 3 {
		t.Errorf("CountArticles = %d, want 3", n)
	}
}

func TestArticlesListsNewestFirstWithoutBodies(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	var ids []int64
	for i, title := range []string{"first", "second", "third"} {
		a := article(title, "", "Body number "+title)
		a.ImportedAt = time.Date(2026, 1, 1+i, 0, 0, 0, 0, time.UTC)
		ids = append(ids, mustAdd(t, s, a))
	}
	list, err := s.Articles(ctx, ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 || list[0].ID != ids[2] || list[2].ID != ids[0] {
		t.Fatalf("Articles = %+v", list)
	}
	if list[0].Title != "third" || list[0].Outlet != "Northbridge Wire" || list[0].WordCount != 3 {
		t.Errorf("summary = %+v", list[0])
	}
	page, err := s.Articles(ctx, ArticleFilter{Limit: 1, Offset: 1})
	if err != nil || len(page) != 1 || page[0].ID != ids[1] {
		t.Errorf("page 2 = %+v, %v", page, err)
	}
}

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	checks := map[string]error{}
	_, checks["Article"] = s.Article(ctx, 42)
	_, checks["Brief"] = s.Brief(ctx, 42)
	checks["UpdateBrief"] = s.UpdateBrief(ctx, briefing.Brief{ID: 42})
	checks["SetBriefSources"] = s.SetBriefSources(ctx, 42, nil)
	checks["RemoveBrief"] = s.RemoveBrief(ctx, 42)
	_, checks["CreateBrief with a missing source"] = s.CreateBrief(ctx,
		briefing.Brief{Title: "x", Sources: []briefing.Source{{ArticleID: 42}}})
	for name, err := range checks {
		if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "42") {
			t.Errorf("%s: err = %v, want ErrNotFound naming 42", name, err)
		}
	}
}
