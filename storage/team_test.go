package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestConcurrentImportsLoseNothingAndNeverDuplicate: two analysts (two
// Stores on one archive) import overlapping batches at once; every story
// is stored exactly once, and each import reports the others' copies as
// duplicates rather than failing.
func TestConcurrentImportsLoseNothingAndNeverDuplicate(t *testing.T) {
	postgresOnly(t)
	ctx := context.Background()
	target := testPG.Schema(t)
	stores := make([]*Store, 2)
	for i := range stores {
		s, err := Open(target)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	const n = 120
	story := func(i int) briefing.Article {
		return article(fmt.Sprintf("Story %d", i), fmt.Sprintf("https://e.org/story/%d", i),
			fmt.Sprintf("Body of story %d about the Dorna corridor talks, paragraph %d.", i, i*7))
	}
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for k := range errs {
		wg.Go(func() {
			s := stores[k%2]
			// Each importer takes all stories, in batches of 10, in its own order.
			for b := 0; b < n; b += 10 {
				var batch []briefing.Article
				for i := b; i < b+10; i++ {
					j := i
					if k%2 == 1 {
						j = n - 1 - i
					}
					batch = append(batch, story(j))
				}
				if _, err := s.AddArticles(ctx, batch); err != nil {
					errs[k] = err
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatalf("concurrent import: %v", err)
		}
	}
	if c, err := stores[0].CountArticles(ctx); err != nil || c != n {
		t.Errorf("CountArticles = %d, %v; want %d", c, err, n)
	}
	var urls int
	if err := stores[1].read.QueryRow(`SELECT count(DISTINCT url) FROM articles`).Scan(&urls); err != nil || urls != n {
		t.Errorf("distinct URLs = %d, %v; want %d", urls, err, n)
	}
	// The same bundle imported by both at once is stored once.
	var bundle bytes.Buffer
	src := newTestStore(t)
	fillArchive(t, src)
	if err := src.ExportArchive(ctx, &bundle); err != nil {
		t.Fatal(err)
	}
	for k := range 2 {
		wg.Go(func() { errs[k] = stores[k].ImportArchive(ctx, bytes.NewReader(bundle.Bytes())) })
	}
	wg.Wait()
	if err := errors.Join(errs[:2]...); err != nil {
		t.Fatal(err)
	}
	if c, _ := stores[0].CountArticles(ctx); c != n+3 { // fillArchive: 4 articles, 1 trashed
		t.Errorf("after two imports of one bundle: %d articles, want %d", c, n+3)
	}
	if bs, _ := stores[1].Briefs(ctx); len(bs) != 2 {
		t.Errorf("after two imports of one bundle: %d briefs, want 2", len(bs))
	}
}

// TestSecondSaveOfAStaleBriefIsRefused: two editors load one brief; the
// first save wins, the second (based on the old version) gets ErrConflict
// and writes nothing; a save based on the returned version succeeds.
func TestSecondSaveOfAStaleBriefIsRefused(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	id, err := s.CreateBrief(ctx, briefing.Brief{Title: "Dorna corridor", Summary: "Draft."})
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := s.Brief(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	mine, theirs := loaded, loaded
	mine.Summary, theirs.Summary = "Lena's summary.", "Omar's summary."
	_, v2, err := s.SaveBriefIfUnchanged(ctx, mine, "saved", 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = s.SaveBriefIfUnchanged(ctx, theirs, "saved", 0)
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("stale save = %v, want ErrConflict", err)
	}
	if got, _ := s.Brief(ctx, id); got.Summary != "Lena's summary." || !got.UpdatedAt.Equal(v2) {
		t.Errorf("after the refused save: %q at %v, want Lena's at %v", got.Summary, got.UpdatedAt, v2)
	}
	mine.UpdatedAt = v2
	mine.Summary = "Lena's second summary."
	if _, _, err := s.SaveBriefIfUnchanged(ctx, mine, "", 0); err != nil {
		t.Errorf("save based on the new version: %v", err)
	}
	if _, _, err := s.SaveBriefIfUnchanged(ctx, briefing.Brief{ID: id + 100}, "", 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing brief: %v", err)
	}
}

// TestStaleSourceChangeIsRefused: a source change based on an old version
// is refused like a stale save and changes nothing; one based on the
// current version moves the version, and a save must then be based on the
// version it returned.
func TestStaleSourceChangeIsRefused(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	a1 := mustAdd(t, s, article("Quay talks", "https://e.org/quay", "Delegates met at the quay."))
	a2 := mustAdd(t, s, article("Ferry strike", "https://e.org/ferry", "Ferry crews walked out."))
	id, err := s.CreateBrief(ctx, briefing.Brief{Title: "Quay", Sources: []briefing.Source{{ArticleID: a1}}})
	if err != nil {
		t.Fatal(err)
	}
	loaded, _ := s.Brief(ctx, id)
	theirs := loaded
	theirs.Summary = "Omar's summary."
	if _, _, err := s.SaveBriefIfUnchanged(ctx, theirs, "", 0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetBriefSourcesIfUnchanged(ctx, id, loaded.UpdatedAt, []int64{a1, a2}); !errors.Is(err, ErrConflict) {
		t.Fatalf("stale source change = %v, want ErrConflict", err)
	}
	cur, _ := s.Brief(ctx, id)
	if len(cur.Sources) != 1 {
		t.Errorf("the refused change left %d sources, want 1", len(cur.Sources))
	}
	v, err := s.SetBriefSourcesIfUnchanged(ctx, id, cur.UpdatedAt, []int64{a2, a1})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Brief(ctx, id); len(got.Sources) != 2 || got.Sources[0].ArticleID != a2 || !got.UpdatedAt.Equal(v) {
		t.Errorf("after the change: %+v at %v, want sources %d, %d at %v", got.Sources, got.UpdatedAt, a2, a1, v)
	}
	cur.Summary = "Based on the version before the source change."
	if _, _, err := s.SaveBriefIfUnchanged(ctx, cur, "", 0); !errors.Is(err, ErrConflict) {
		t.Errorf("save based on the version before the source change = %v, want ErrConflict", err)
	}
	cur.UpdatedAt = v
	if _, _, err := s.SaveBriefIfUnchanged(ctx, cur, "", 0); err != nil {
		t.Errorf("save based on the returned version: %v", err)
	}
	if _, err := s.SetBriefSourcesIfUnchanged(ctx, id+100, v, nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing brief: %v", err)
	}
}

// TestSaveBriefIfUnchangedConcurrently: of many saves based on one version
// at once, exactly one succeeds (two Stores in the PostgreSQL pass).
func TestSaveBriefIfUnchangedConcurrently(t *testing.T) {
	ctx := context.Background()
	a := newTestStore(t)
	b := a
	if testPG != nil {
		var err error
		if b, err = Open(a.pgTargetForTest(t)); err != nil {
			t.Fatal(err)
		}
		defer b.Close()
	}
	id, err := a.CreateBrief(ctx, briefing.Brief{Title: "Shared"})
	if err != nil {
		t.Fatal(err)
	}
	base, _ := a.Brief(ctx, id)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for k := range errs {
		wg.Go(func() {
			br := base
			br.Summary = fmt.Sprint("editor ", k)
			s := a
			if k%2 == 1 {
				s = b
			}
			_, _, errs[k] = s.SaveBriefIfUnchanged(ctx, br, "", 0)
		})
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, ErrConflict):
			t.Errorf("save: %v", err)
		}
	}
	if ok != 1 {
		t.Errorf("%d saves of one version succeeded, want 1", ok)
	}
}

// TestChangesReportsAColleaguesImport: a Store listening on Changes learns
// of an article another Store adds (PostgreSQL); on SQLite the channel only
// closes when the context ends.
func TestChangesReportsAColleaguesImport(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	me := newTestStore(t)
	listening, stop := context.WithCancel(ctx)
	changes := me.Changes(listening)
	if testPG == nil {
		stop()
		if _, ok := <-changes; ok {
			t.Error("SQLite Changes sent a change")
		}
		return
	}
	colleague, err := Open(me.pgTargetForTest(t))
	if err != nil {
		t.Fatal(err)
	}
	defer colleague.Close()
	mustAdd(t, colleague, article("Colleague's import", "", "Imported on another machine."))
	select {
	case c := <-changes:
		if c != (Change{Table: "articles", Op: "insert"}) {
			t.Errorf("change = %+v", c)
		}
	case <-ctx.Done():
		t.Fatal("no change reported within 20 s")
	}
	stop()
	for range changes { // drains, then closes
	}
}
