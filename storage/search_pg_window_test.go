package storage

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestPGDense checks the choice between the two shapes of PostgreSQL's
// ranked search: a query most articles match walks the newest articles,
// any other asks the index first.
func TestPGDense(t *testing.T) {
	defer func(w int) { rankWindow = w }(rankWindow)
	rankWindow = 5000
	for _, c := range []struct {
		name                    string
		matched, probed, newest int64
		phrase                  bool
		want                    bool
	}{
		{"a word in every article of a large archive is dense", 100, 100, 100000, false, true},
		{"a word in nine articles of ten of a small archive is dense", 90, 100, 20000, false, true},
		{"a word in half the articles of a small archive is sparse", 50, 100, 20000, false, false},
		{"a word in a tenth of the articles is sparse", 10, 100, 100000, false, false},
		{"a word in no newest article is sparse", 0, 100, 100000, false, false},
		{"a phrase in half the articles is dense: the index cannot check it", 50, 100, 20000, true, true},
		{"a phrase in a twentieth of the articles is sparse", 5, 100, 100000, true, false},
		{"an empty archive is sparse", 0, 0, 0, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := pgDense(c.matched, c.probed, c.newest, c.phrase); got != c.want {
				t.Errorf("pgDense(%d, %d, %d, %v) = %v, want %v", c.matched, c.probed, c.newest, c.phrase, got, c.want)
			}
		})
	}
}

// TestPGSearchShapesAgree checks that both shapes of the ranked search
// give the same hits, ranks and snippets, with the window smaller than the
// matches and larger, in the archive and the trash, with a tag.
func TestPGSearchShapesAgree(t *testing.T) {
	postgresOnly(t)
	ctx := context.Background()
	s := newTestStore(t)
	defer func(w int, f func(int64, int64, int64, bool) bool) { rankWindow, pgChooseDense = w, f }(rankWindow, pgChooseDense)
	var ids []int64
	for i := range 12 {
		text := fmt.Sprintf("Aid agencies said convoy number %d left the port city at dawn.", i)
		if i%4 == 0 {
			text += " The convoy reached Kyrov; a second convoy waited near Kyrov."
		}
		title := fmt.Sprintf("Report %d", i)
		if i%5 == 0 {
			title = "Convoy " + title
		}
		ids = append(ids, mustAdd(t, s, article(title, "", text)))
	}
	for _, i := range []int{3, 4, 8} {
		if err := s.Tag(ctx, ids[i], "relief"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Trash(ctx, ids[11]); err != nil {
		t.Fatal(err)
	}
	search := func(dense bool, q string, o SearchOptions) ([]Hit, string) {
		pgChooseDense = func(int64, int64, int64, bool) bool { return dense }
		hits, err := s.Search(ctx, q, o)
		if err != nil {
			t.Fatal(err)
		}
		stmts, err := s.SearchSQL(ctx, q, o)
		if err != nil {
			t.Fatal(err)
		}
		return hits, strings.Join(stmts, "\n")
	}
	for _, window := range []int{3, 5000} {
		rankWindow = window
		for _, q := range []string{"convoy", "kyrov", `"second convoy"`, "conv*", "convoy -kyrov", "kyrov OR dawn"} {
			for _, o := range []SearchOptions{{}, {Trashed: true}, {Tag: "relief"}, {Limit: 2}} {
				name := fmt.Sprintf("window %d, %s, %+v", window, q, o)
				dense, denseSQL := search(true, q, o)
				sparse, sparseSQL := search(false, q, o)
				if !strings.Contains(denseSQL, "ARRAY[a.search]") || strings.Contains(sparseSQL, "ARRAY[a.search]") {
					t.Fatalf("%s: the shapes were not forced:\n%s\n%s", name, denseSQL, sparseSQL)
				}
				if _, lone := lonePhrase(MatchQuery(q)); lone {
					// A common lone phrase is ranked by its words when
					// dense: the same hits and snippets, other ranks.
					if !reflect.DeepEqual(sortedIDs(dense), sortedIDs(sparse)) || !reflect.DeepEqual(snippets(dense), snippets(sparse)) {
						t.Errorf("%s:\ndense  %v\nsparse %v", name, dense, sparse)
					}
				} else if !reflect.DeepEqual(dense, sparse) {
					t.Errorf("%s:\ndense  %v\nsparse %v", name, dense, sparse)
				}
				if o.Limit == 0 && !o.Trashed && len(dense) == 0 {
					t.Errorf("%s: no hits", name)
				}
			}
		}
	}
}

// snippets returns the hits' snippets by id.
func snippets(hits []Hit) map[int64]string {
	m := map[int64]string{}
	for _, h := range hits {
		m[h.ID] = h.Snippet
	}
	return m
}
