package storage

import (
	"context"
	"database/sql"
	"testing"
	"time"
)

// bothRankPaths are option sets that sort by relevance on each search
// path: no filter takes the ranked path, an outlet filter (every test
// article's outlet) the joined one.
var bothRankPaths = map[string]SearchOptions{
	"ranked": {},
	"joined": {Outlet: "Northbridge Wire"},
}

// TestSearchTitleHitOutranksBodyHit: an article with the word in its title
// comes before articles with it only in the body, on both paths. The
// title hit is stored between the body hits, so neither id order wins.
func TestSearchTitleHitOutranksBodyHit(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	body1 := mustAdd(t, s, article("Market day in Orsk", "", "Traders said the granary near the square sold out by noon on market day."))
	title := mustAdd(t, s, article("Granary reopens", "", "Traders said the old mill near the square sold out by noon on market day."))
	body2 := mustAdd(t, s, article("Rain in Orsk", "", "Traders said the granary near the square closed early when the rain began."))
	for name, o := range bothRankPaths {
		t.Run(name, func(t *testing.T) {
			hits, err := s.Search(ctx, "granary", o)
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(hits); len(got) != 3 || got[0] != title || !sameIDs(got, []int64{body1, title, body2}) {
				t.Errorf("Search(granary) = %v, want %d (title hit) first of %v", got, title, []int64{body1, title, body2})
			}
			o.Limit = 1
			hits, err = s.Search(ctx, "granary", o)
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(hits); !equalIDs(got, []int64{title}) {
				t.Errorf("Search(granary, limit 1) = %v, want [%d]", got, title)
			}
		})
	}
}

// TestSearchRareWordBeatsCommonWord: for "harbour OR quillwort", the one
// article with the rare word comes first, on both paths. Each hit holds
// its word once in a body of the same length; the rare one is stored in
// the middle, so neither id order wins.
func TestSearchRareWordBeatsCommonWord(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	var all []int64
	add := func(title, text string) int64 {
		id := mustAdd(t, s, article(title, "", text))
		all = append(all, id)
		return id
	}
	for _, n := range []string{"one", "two", "three"} {
		add("Note "+n, "Fishermen gathered by the harbour before dawn, note "+n+".")
	}
	rare := add("Note four", "Fishermen gathered by the quillwort before dawn, note four.")
	for _, n := range []string{"five", "six", "seven"} {
		add("Note "+n, "Fishermen gathered by the harbour before dawn, note "+n+".")
	}
	for name, o := range bothRankPaths {
		t.Run(name, func(t *testing.T) {
			hits, err := s.Search(ctx, "harbour OR quillwort", o)
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(hits); len(got) != len(all) || got[0] != rare || !sameIDs(got, all) {
				t.Errorf("Search = %v, want %d (the rare word) first of %v", got, rare, all)
			}
			o.Limit = 1
			hits, err = s.Search(ctx, "harbour OR quillwort", o)
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(hits); !equalIDs(got, []int64{rare}) {
				t.Errorf("Search(limit 1) = %v, want [%d]", got, rare)
			}
		})
	}
}

// TestSearchDateOrderNewestFirst: sorted by date, hits come newest first by
// publication date (import date when there is none), whatever their
// relevance or the order they were stored in, and a limit keeps the
// newest.
func TestSearchDateOrderNewestFirst(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	day := func(d int) time.Time { return time.Date(2020, 10, d, 8, 0, 0, 0, time.UTC) }
	add := func(title, text string, published time.Time) int64 {
		a := article(title, "", text)
		a.Published = published
		return mustAdd(t, s, a)
	}
	// The best match is the oldest; store order is not date order, and the
	// two newest by date are not the two stored last.
	newest := add("Timetable", "A new timetable for the ferry starts next week.", day(20))
	mid := add("Ferry", "The ferry left on time.", day(12))
	oldest := add("Ferry ferry ferry", "The ferry, the ferry, the ferry.", day(3))
	undated := add("Harbour notice", "The ferry is late again.", time.Time{}) // imported now: newest of all
	want := []int64{undated, newest, mid, oldest}
	hits, err := s.Search(ctx, "ferry", SearchOptions{Sort: "date"})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); !equalIDs(got, want) {
		t.Errorf("by date = %v, want %v", got, want)
	}
	hits, err = s.Search(ctx, "ferry", SearchOptions{Sort: "date", Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); !equalIDs(got, want[:2]) {
		t.Errorf("by date, limit 2 = %v, want %v", got, want[:2])
	}
	// By relevance the oldest, best match leads: the order above is the
	// date's doing.
	hits, err = s.Search(ctx, "ferry", SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); len(got) != 4 || got[0] != oldest {
		t.Errorf("by rank = %v, want %d first", got, oldest)
	}
}

// TestInlineSQL: the recorder writes each parameter in by its whole name
// and never substitutes inside a value it wrote in.
func TestInlineSQL(t *testing.T) {
	got := inlineSQL("SELECT 1 WHERE a >= :lo\n\tAND b < :lim AND c = :q AND d = :missing",
		[]sql.NamedArg{sql.Named("lo", 3), sql.Named("lim", 20), sql.Named("q", "it's :lo")})
	want := "SELECT 1 WHERE a >= 3 AND b < 20 AND c = 'it''s :lo' AND d = :missing;"
	if got != want {
		t.Errorf("inlineSQL = %q, want %q", got, want)
	}
}
