package storage

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// ftsSegments counts the segments of the full-text index: one per flush of
// FTS5's pending terms (until merges join them).
func ftsSegments(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.read.QueryRow(`SELECT count(DISTINCT segid) FROM articles_fts_idx`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// ftsIntegrity runs FTS5's own check of the index against the articles.
func ftsIntegrity(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.write.Exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("FTS integrity check: %v", err)
	}
}

func numberedArticles(n int, word string) []briefing.Article {
	as := make([]briefing.Article, n)
	for i := range as {
		as[i] = article(fmt.Sprintf("Dispatch %d", i), "",
			fmt.Sprintf("Report number %d on the %s harbour talks, filed %d minutes after the last one.", i, word, i*7))
	}
	return as
}

// TestAddArticlesIndexesTheBatchAtOnce covers the import speed section of
// issue 12: a batch of articles is written to the full-text index by one
// statement (one segment), not article by article through a trigger whose
// statement savepoint made FTS5 write a segment per article; every article
// is searchable when AddArticles returns.
func TestAddArticlesIndexesTheBatchAtOnce(t *testing.T) {
	sqliteOnly(t) // FTS5 segments; PostgreSQL fills its search column as it writes
	s := newTestStore(t)
	ctx := context.Background()
	rs, err := s.AddArticles(ctx, numberedArticles(100, "quorvane"))
	if err != nil {
		t.Fatal(err)
	}
	if n := ftsSegments(t, s); n != 1 {
		t.Errorf("one batch of 100 articles left %d index segments, want 1", n)
	}
	ids := ftsRowids(t, s, "quorvane")
	if len(ids) != 100 || ids[0] != rs[0].ID || ids[99] != rs[99].ID {
		t.Errorf("the index matches %d of 100 articles", len(ids))
	}
	hits, err := s.Search(ctx, "quorvane", SearchOptions{Limit: 200})
	if err != nil || len(hits) != 100 {
		t.Fatalf("Search: %d hits, %v", len(hits), err)
	}
	// A second batch after a duplicate-only one: ids keep running.
	if _, err := s.AddArticles(ctx, numberedArticles(3, "quorvane")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddArticles(ctx, numberedArticles(5, "belmouth")[3:]); err != nil {
		t.Fatal(err)
	}
	if got := ftsRowids(t, s, "belmouth"); len(got) != 2 {
		t.Errorf("second batch: the index matches %v", got)
	}
	ftsIntegrity(t, s)
	var triggers []string
	rows, err := s.read.Query(`SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		triggers = append(triggers, name)
	}
	if want := []string{"articles_fts_delete", "articles_fts_update"}; !slices.Equal(triggers, want) {
		t.Errorf("triggers %v, want %v", triggers, want)
	}
}

// TestImportArchiveIndexesArticlesWithTheirOwnIDs: a bundle keeps its ids
// (gaps, any order) and each new article is searchable after the import,
// as is an edit of one of them; an edit, trash and restore keep the index
// in step with the articles.
func TestImportArchiveIndexesArticlesWithTheirOwnIDs(t *testing.T) {
	sqliteOnly(t) // FTS5 segments; PostgreSQL fills its search column as it writes
	ctx := context.Background()
	var bundle bytes.Buffer
	bundle.WriteString(`{"kind":"header","format":"briefdesk-archive","version":1}` + "\n")
	for _, id := range []int64{900, 5, 77} {
		fmt.Fprintf(&bundle, `{"kind":"article","id":%d,"title":"Bundle %d","text":"The tessaly accord, clause %d.","imported_at":"2026-11-12T09:30:00.000000000Z"}`+"\n", id, id, id)
	}
	s := newTestStore(t)
	mustAdd(t, s, article("Already here", "", "The tessaly accord was first mentioned here."))
	if err := s.ImportArchive(ctx, strings.NewReader(bundle.String())); err != nil {
		t.Fatal(err)
	}
	got := ftsRowids(t, s, "tessaly")
	if !slices.Equal(got, []int64{1, 5, 77, 900}) {
		t.Errorf("the index matches %v, want [1 5 77 900]", got)
	}
	if err := s.UpdateArticle(ctx, briefing.Article{ID: 77, Title: "Bundle 77", Text: "Rewritten: the morvath clause."}); err != nil {
		t.Fatal(err)
	}
	if got := ftsRowids(t, s, "tessaly"); !slices.Equal(got, []int64{1, 5, 900}) {
		t.Errorf("after the edit the index matches %v", got)
	}
	if got := ftsRowids(t, s, "morvath"); !slices.Equal(got, []int64{77}) {
		t.Errorf("after the edit morvath matches %v", got)
	}
	if err := s.Trash(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if err := s.Restore(ctx, 5); err != nil {
		t.Fatal(err)
	}
	ftsIntegrity(t, s)
}

// TestTempStoreInMemory: every connection keeps its statement journal and
// sorter in memory (PRAGMA temp_store = MEMORY, 2).
func TestTempStoreInMemory(t *testing.T) {
	sqliteOnly(t) // a SQLite pragma
	s := newTestStore(t)
	for name, db := range map[string]interface {
		QueryRow(string, ...any) *sql.Row
	}{"writer": s.write, "reader": s.read} {
		var v int
		if err := db.QueryRow(`PRAGMA temp_store`).Scan(&v); err != nil || v != 2 {
			t.Errorf("%s: temp_store %d (%v), want 2", name, v, err)
		}
	}
}

// TestImportArchiveIndexesInChunks: a bundle of more new articles than one
// index chunk is searchable whole after the import, and one whose last
// record is bad stores nothing, index chunks included.
func TestImportArchiveIndexesInChunks(t *testing.T) {
	sqliteOnly(t) // FTS5 segments; PostgreSQL fills its search column as it writes
	ctx := context.Background()
	n := ftsChunk + 150
	var bundle bytes.Buffer
	bundle.WriteString(`{"kind":"header","format":"briefdesk-archive","version":1}` + "\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&bundle, `{"kind":"article","id":%d,"title":"Bundle %d","text":"The varnholt clause %d of the accord.","imported_at":"2026-11-12T09:30:00.000000000Z"}`+"\n", i, i, i)
	}
	good := bundle.String()
	s := newTestStore(t)
	bad := good + `{"kind":"article","id":0,"title":"","text":"x","imported_at":"garbage"}` + "\n"
	if err := s.ImportArchive(ctx, strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("record %d", n+2)) {
		t.Fatalf("bad last record: %v", err)
	}
	if got := ftsRowids(t, s, "varnholt"); len(got) != 0 {
		t.Fatalf("a failed import left %d articles in the index", len(got))
	}
	if err := s.ImportArchive(ctx, strings.NewReader(good)); err != nil {
		t.Fatal(err)
	}
	if got := ftsRowids(t, s, "varnholt"); len(got) != n {
		t.Errorf("the index matches %d of %d articles", len(got), n)
	}
	ftsIntegrity(t, s)
	var hs int
	if err := s.read.QueryRow(`SELECT v FROM articles_fts_config WHERE k = 'hashsize'`).Scan(&hs); err != nil || hs != 8<<20 {
		t.Errorf("FTS5 hashsize %d (%v), want 8 MB", hs, err)
	}
}
