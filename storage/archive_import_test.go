package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestImportArchiveRecomputesHashAndWordCount covers issue 12 item 2: a
// bundle record's content_hash and word_count are not trusted; they are
// recomputed from its text, so a forged hash cannot hide a genuine article.
func TestImportArchiveRecomputesHashAndWordCount(t *testing.T) {
	ctx := context.Background()
	genuine := article("Harbour deal signed", "https://e.org/harbour", "The port authority signed the lease on Tuesday after a year of talks.")
	src := newTestStore(t)
	mustAdd(t, src, article("Forged record", "", "Nothing to see in this short note."))
	edited := mustAdd(t, src, article("Edited record", "", "The first text of an article the user later edited."))
	if err := src.UpdateArticle(ctx, briefing.Article{ID: edited, Title: "Edited record", Text: "A corrected text, four words longer than before it was."}); err != nil {
		t.Fatal(err)
	}
	var bundle bytes.Buffer
	if err := src.ExportArchive(ctx, &bundle); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(bundle.String()), "\n")
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec["kind"] != "article" {
			continue
		}
		rec["content_hash"] = genuine.ContentHash
		rec["word_count"] = -1
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		lines[i] = string(b)
	}

	dst := newTestStore(t)
	if err := dst.ImportArchive(ctx, strings.NewReader(strings.Join(lines, "\n")+"\n")); err != nil {
		t.Fatal(err)
	}
	list, err := dst.Articles(ctx, ArticleFilter{})
	if err != nil || len(list) != 2 {
		t.Fatalf("Articles = %+v, %v", list, err)
	}
	for _, s := range list {
		a, err := dst.Article(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.WordCount != briefing.WordCount(a.Text) {
			t.Errorf("article %q: word count %d, its text has %d words", a.Title, a.WordCount, briefing.WordCount(a.Text))
		}
		orig, err := dst.ArticleOriginal(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.ContentHash != briefing.ContentHash(orig.Text) {
			t.Errorf("article %q: content hash %s is not the hash of its imported text", a.Title, a.ContentHash)
		}
	}
	r, err := dst.AddArticle(ctx, genuine)
	if err != nil {
		t.Fatal(err)
	}
	if r.Duplicate {
		t.Errorf("the genuine article was called a duplicate of %d, whose bundle record forged its hash", r.ID)
	}
	// The edited article is still recognised by its imported text.
	again := article("Edited record", "", "The first text of an article the user later edited.")
	if r, err := dst.AddArticle(ctx, again); err != nil || !r.Duplicate {
		t.Errorf("re-importing the edited article's first text: %+v, %v; want a duplicate", r, err)
	}
}

// TestImportArchiveStripsControlCharacters covers issue 12 item 13 for
// bundles: metadata arrives without control characters, as from any import.
func TestImportArchiveStripsControlCharacters(t *testing.T) {
	ctx := context.Background()
	src := newTestStore(t)
	mustAdd(t, src, article("Clean title", "https://e.org/clean", "A short note about the harbour lease."))
	var bundle bytes.Buffer
	if err := src.ExportArchive(ctx, &bundle); err != nil {
		t.Fatal(err)
	}
	dirty := strings.Replace(bundle.String(), `"title":"Clean title"`, `"title":"Clean\u001b]0;x\u0007 title\u001b[2J"`, 1)
	dirty = strings.Replace(dirty, `"outlet":"Northbridge Wire"`, `"outlet":"Northbridge\u009b31m Wire"`, 1)
	if dirty == bundle.String() {
		t.Fatal("the bundle did not change; the test is out of date")
	}
	dst := newTestStore(t)
	if err := dst.ImportArchive(ctx, strings.NewReader(dirty)); err != nil {
		t.Fatal(err)
	}
	list, err := dst.Articles(ctx, ArticleFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("Articles = %+v, %v", list, err)
	}
	if list[0].Title != "Clean]0;x title[2J" || list[0].Outlet != "Northbridge31m Wire" {
		t.Errorf("stored %q / %q, want the control characters gone", list[0].Title, list[0].Outlet)
	}
}
