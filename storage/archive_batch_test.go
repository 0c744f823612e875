package storage

import (
	"context"
	"reflect"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestAddArticlesBatchMatchesOneByOne checks that one AddArticles call
// gives the results, ids and near-duplicate groups that AddArticle gives
// article by article: duplicates within the batch by content and by URL,
// of an archived article and of the URL an edited article had, a near
// duplicate of an archived article and one of an article earlier in the
// batch. (PostgreSQL stores a batch in a few statements, SQLite article
// by article.)
func TestAddArticlesBatchMatchesOneByOne(t *testing.T) {
	ctx := context.Background()
	lead := "Negotiators from Arvelia and Sarkand resumed talks on prisoner exchanges in Geneva on Monday."
	archivedStory := wireStory(7, lead)
	batchStory := wireStory(9, "Relief convoys crossed the river at Kyrov for the first time in a month.")
	setUp := func(s *Store) {
		mustAdd(t, s, article("Archived", "https://wire.example/1", archivedStory))
		edited := mustAdd(t, s, article("Edited", "https://old.example/page", "A page whose address was corrected."))
		a, err := s.Article(ctx, edited)
		if err != nil {
			t.Fatal(err)
		}
		a.URL = "https://new.example/page"
		if err := s.UpdateArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	batch := []briefing.Article{
		article("New story", "https://post.example/a", batchStory),
		article("Same URL, other text", "https://post.example/a", "Other text at the same address."),
		article("Same text, no URL", "", batchStory),
		article("Archived URL", "https://wire.example/1", "Another text at an archived address."),
		article("Old URL of an edited article", "https://old.example/page", "Yet another text."),
		article("Copy of the archived story", "https://copy.example/1",
			changeSentence(archivedStory, 4, "The envoy declined to say when the next round would begin.")),
		article("Copy of the new story", "https://copy.example/2",
			changeSentence(batchStory, 3, "Aid workers said the road was still mined in places.")),
		article("Unrelated", "https://other.example/x", wireStory(8, "Farmers in the delta began the rice harvest early.")),
		article("Unrelated, again by URL", "https://other.example/x", "A fourth text."),
	}
	type outcome struct {
		Results []AddResult
		Groups  map[int64]NearDuplicateGroup
	}
	run := func(byOne bool) outcome {
		s := newTestStore(t)
		setUp(s)
		var rs []AddResult
		if byOne {
			for _, a := range batch {
				r, err := s.AddArticle(ctx, a)
				if err != nil {
					t.Fatal(err)
				}
				rs = append(rs, r)
			}
		} else {
			var err error
			if rs, err = s.AddArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
		}
		var ids []int64
		for _, r := range rs {
			ids = append(ids, r.ID)
		}
		groups, err := s.DuplicateGroups(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		return outcome{rs, groups}
	}
	one, all := run(true), run(false)
	if !reflect.DeepEqual(one, all) {
		t.Errorf("one by one:\n%+v\nin one batch:\n%+v", one, all)
	}
	dups := 0
	for _, r := range all.Results {
		if r.Duplicate {
			dups++
		}
	}
	if dups != 5 {
		t.Errorf("%d duplicates, want 5: %+v", dups, all.Results)
	}
	// The copies are in their originals' groups.
	r := all.Results
	if all.Groups[r[5].ID].ID != 1 || all.Groups[r[6].ID].ID != r[0].ID {
		t.Errorf("groups = %+v", all.Groups)
	}
}
