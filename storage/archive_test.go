package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestTagsAndFilters(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	a := article("Valmora talks", "", valmora)
	a.Outlet = "Northbridge Wire"
	a1 := mustAdd(t, s, a)
	b := article("Kyrov shelling", "", "Shelling near Kyrov.")
	b.Outlet, b.Published = "Meridian Post", time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	a2 := mustAdd(t, s, b)

	if err := s.Tag(ctx, a1, "Geneva", " talks ", "", "geneva"); err != nil {
		t.Fatal(err)
	}
	if err := s.Tag(ctx, a2, "TALKS", "military"); err != nil {
		t.Fatal(err)
	}
	if tags, err := s.Tags(ctx, a1); err != nil || !reflect.DeepEqual(tags, []string{"Geneva", "talks"}) {
		t.Errorf("Tags(a1) = %q, %v", tags, err)
	}
	if tags, err := s.Tags(ctx, a2); err != nil || !reflect.DeepEqual(tags, []string{"military", "talks"}) {
		t.Errorf("Tags(a2) = %q, %v (the first spelling of a tag is kept)", tags, err)
	}
	ids := func(f ArticleFilter) []int64 {
		t.Helper()
		list, err := s.Articles(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, a := range list {
			out = append(out, a.ID)
		}
		return out
	}
	if got := ids(ArticleFilter{Tag: "Talks"}); !equalIDs(got, []int64{a2, a1}) {
		t.Errorf("tag talks = %v", got)
	}
	if got := ids(ArticleFilter{Tag: "geneva"}); !equalIDs(got, []int64{a1}) {
		t.Errorf("tag geneva = %v", got)
	}
	if got := ids(ArticleFilter{Outlet: "Meridian Post"}); !equalIDs(got, []int64{a2}) {
		t.Errorf("outlet = %v", got)
	}
	if got := ids(ArticleFilter{Until: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}); !equalIDs(got, []int64{a2}) {
		t.Errorf("until November = %v", got)
	}
	if got := ids(ArticleFilter{Since: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}); !equalIDs(got, []int64{a1}) {
		t.Errorf("since November = %v", got)
	}
	if err := s.Untag(ctx, a1, "GENEVA", "never-there"); err != nil {
		t.Fatal(err)
	}
	if tags, _ := s.Tags(ctx, a1); !reflect.DeepEqual(tags, []string{"talks"}) {
		t.Errorf("after Untag: %q", tags)
	}
	if all, err := s.AllTags(ctx); err != nil || !reflect.DeepEqual(all, map[string]int{"talks": 2, "military": 1}) {
		t.Errorf("AllTags = %v, %v", all, err)
	}
	if err := s.Tag(ctx, 999, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Tag of a missing article: %v", err)
	}
	if _, err := s.Tags(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Tags of a missing article: %v", err)
	}

	t.Run("trash hides and restore brings back", func(t *testing.T) {
		if err := s.Trash(ctx, a1); err != nil {
			t.Fatal(err)
		}
		if got := ids(ArticleFilter{}); !equalIDs(got, []int64{a2}) {
			t.Errorf("archive after trash = %v", got)
		}
		if got := ids(ArticleFilter{Trashed: true}); !equalIDs(got, []int64{a1}) {
			t.Errorf("trash = %v", got)
		}
		if n, _ := s.CountArticles(ctx); n != 1 {
			t.Errorf("CountArticles = %d, want 1", n)
		}
		if _, err := s.Article(ctx, a1); err != nil {
			t.Errorf("a trashed article can still be read: %v", err)
		}
		if r, err := s.AddArticle(ctx, article("again", "", valmora)); err != nil || !r.Duplicate || r.ID != a1 {
			t.Errorf("re-import of a trashed article = %+v, %v", r, err)
		}
		if err := s.Restore(ctx, a1); err != nil {
			t.Fatal(err)
		}
		if got := ids(ArticleFilter{}); !equalIDs(got, []int64{a2, a1}) {
			t.Errorf("archive after restore = %v", got)
		}
		if err := s.Trash(ctx, 999); !errors.Is(err, ErrNotFound) {
			t.Errorf("Trash of a missing article: %v", err)
		}
	})
}

func TestUpdateArticleKeepsOriginal(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	orig := article("Valmora talks end", "https://e.org/valmora", valmora)
	id := mustAdd(t, s, orig)
	other := mustAdd(t, s, article("Other", "https://e.org/other", "Other text."))

	edit, _ := s.Article(ctx, id)
	edit.Title = "Valmora talks collapse"
	edit.Author = "L. Hartmann"
	edit.Text = "Corrected body: talks with Sarkand collapsed in Geneva."
	if err := s.UpdateArticle(ctx, edit); err != nil {
		t.Fatal(err)
	}
	edit2 := edit
	edit2.Outlet = "Northbridge"
	if err := s.UpdateArticle(ctx, edit2); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Article(ctx, id)
	if got.Title != edit.Title || got.Outlet != "Northbridge" || got.Text != edit.Text ||
		got.WordCount != briefing.WordCount(edit.Text) || got.ContentHash != orig.ContentHash {
		t.Errorf("after edit: %+v", got)
	}
	was, err := s.ArticleOriginal(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if was.Title != orig.Title || was.Text != orig.Text || was.Outlet != orig.Outlet || was.Author != orig.Author {
		t.Errorf("original = %+v", was)
	}
	if hits, _ := s.Search(ctx, "collapsed", SearchOptions{}); len(hits) != 1 {
		t.Errorf("edited text not searchable: %v", hits)
	}
	if hits, _ := s.Search(ctx, "Palais", SearchOptions{}); len(hits) != 0 {
		t.Errorf("old text still searchable: %v", hits)
	}
	if r, _ := s.AddArticle(ctx, orig); !r.Duplicate || r.ID != id {
		t.Errorf("re-import of the edited article = %+v", r)
	}
	clash := got
	clash.URL = "https://e.org/other"
	if err := s.UpdateArticle(ctx, clash); !errors.Is(err, ErrDuplicate) || !strings.Contains(err.Error(), fmt.Sprintf("article %d", other)) {
		t.Errorf("URL clash: %v", err)
	}
	if err := s.UpdateArticle(ctx, briefing.Article{ID: 999}); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

// fillArchive makes an archive exercising every stored feature.
func fillArchive(t *testing.T, s *Store) {
	ctx := context.Background()
	a := article("Valmora talks end", "https://e.org/valmora", valmora)
	a.RawHTML = "<html><head><title>Valmora & co</title></head><body><p>\"GENEVA\" — <b>talks</b></p>\u2028</body></html>"
	a1 := mustAdd(t, s, a)
	a2 := mustAdd(t, s, article("Путин встретился", "", "Президент Путин провёл переговоры."))
	a3 := mustAdd(t, s, briefing.Article{Title: "Pasted", Text: "Pasted text\twith a tab.\n\nAnd a paragraph."})
	a4 := mustAdd(t, s, article("Trashed", "https://e.org/t", "Soon in the trash."))
	for _, err := range []error{
		s.Tag(ctx, a1, "Geneva", "talks"), s.Tag(ctx, a2, "talks"), s.Trash(ctx, a4),
		s.UpdateArticle(ctx, briefing.Article{ID: a3, Title: "Pasted, edited", Text: "Edited text."}),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := s.CreateBrief(ctx, briefing.Brief{Title: "Brief one", Summary: "S [1][2]", Actors: []string{"A — one", "B"},
		StickingPoints: []string{}, AsOf: time.Date(2026, 11, 14, 0, 0, 0, 0, time.UTC),
		Sources: []briefing.Source{{ArticleID: a2}, {ArticleID: a1}, {ArticleID: a4}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateBrief(ctx, briefing.Brief{Title: "Empty brief"}); err != nil {
		t.Fatal(err)
	}
}

func TestArchiveRoundTripIsExact(t *testing.T) {
	ctx := context.Background()
	src := newTestStore(t)
	fillArchive(t, src)
	briefs, err := src.Briefs(ctx)
	if err != nil || len(briefs) == 0 {
		t.Fatalf("briefs: %v, %v", briefs, err)
	}
	for _, edit := range []string{"First draft.", "Second draft with Erdoğan."} {
		b := briefs[0]
		b.Summary = edit
		if err := src.UpdateBrief(ctx, b); err != nil {
			t.Fatal(err)
		}
		if _, err := src.SaveRevision(ctx, b.ID, "saved"); err != nil {
			t.Fatal(err)
		}
	}
	var first bytes.Buffer
	if err := src.ExportArchive(ctx, &first); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(first.String(), "\n"); n != 1+4+2+2 {
		t.Errorf("bundle has %d lines, want 9 (header, 4 articles, 2 briefs, 2 revisions):\n%s", n, first.String())
	}

	dst := newTestStore(t)
	if err := dst.ImportArchive(ctx, bytes.NewReader(first.Bytes())); err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := dst.ExportArchive(ctx, &second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("round trip differs:\n%s\n---\n%s", first.String(), second.String())
	}
	b1, _ := src.Briefs(ctx)
	b2, _ := dst.Briefs(ctx)
	if !reflect.DeepEqual(b1, b2) {
		t.Errorf("briefs differ after round trip:\n%+v\n%+v", b1, b2)
	}
	r1, _ := src.Revisions(ctx, briefs[0].ID)
	r2, _ := dst.Revisions(ctx, briefs[0].ID)
	if len(r1) != 2 || !reflect.DeepEqual(r1, r2) {
		t.Errorf("revisions differ after round trip:\n%+v\n%+v", r1, r2)
	}
	if hits, _ := dst.Search(ctx, "путин", SearchOptions{}); len(hits) != 1 {
		t.Errorf("imported archive not searchable: %v", hits)
	}

	// Issue 12 item 25: a brief is recognised by its bundle identity, so
	// the same bundle imported twice duplicates neither briefs nor their
	// revisions.
	t.Run("importing again adds nothing", func(t *testing.T) {
		for range 2 {
			if err := dst.ImportArchive(ctx, bytes.NewReader(first.Bytes())); err != nil {
				t.Fatal(err)
			}
		}
		if n, _ := dst.CountArticles(ctx); n != 3 {
			t.Errorf("CountArticles = %d, want 3", n)
		}
		briefs, _ := dst.Briefs(ctx)
		if len(briefs) != 2 {
			t.Fatalf("%d briefs, want 2", len(briefs))
		}
		if r, _ := dst.Revisions(ctx, briefs[0].ID); len(r) != 2 {
			t.Errorf("%d revisions, want 2", len(r))
		}
		var again bytes.Buffer
		if err := dst.ExportArchive(ctx, &again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), again.Bytes()) {
			t.Errorf("archive changed by importing its bundle again:\n%s\n---\n%s", first.String(), again.String())
		}
	})
	t.Run("a broken bundle stores nothing", func(t *testing.T) {
		empty := newTestStore(t)
		broken := first.String()[:len(first.String())-40]
		if err := empty.ImportArchive(ctx, strings.NewReader(broken)); err == nil {
			t.Error("truncated bundle imported without error")
		}
		if err := empty.ImportArchive(ctx, strings.NewReader("not json")); err == nil {
			t.Error("garbage imported without error")
		}
		if n, _ := empty.CountArticles(ctx); n != 0 {
			t.Errorf("%d articles stored from a broken bundle", n)
		}
	})
}

func TestBackup(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	fillArchive(t, s)
	path := filepath.Join(t.TempDir(), "backup.sqlite")
	if err := s.Backup(ctx, path, false); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, path, false); err == nil {
		t.Error("Backup overwrote an existing file")
	}
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var want, got bytes.Buffer
	if err := s.ExportArchive(ctx, &want); err != nil {
		t.Fatal(err)
	}
	if err := b.ExportArchive(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		t.Error("backup holds a different archive")
	}
	var ok string
	if err := b.read.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
}
