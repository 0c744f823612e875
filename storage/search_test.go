package storage

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// searchFixture stores a few articles and returns their ids by name.
func searchFixture(t *testing.T) (*Store, map[string]int64) {
	t.Helper()
	s := newTestStore(t)
	ids := map[string]int64{}
	add := func(name, title, text string, published time.Time) {
		a := article(title, "", text)
		a.Published = published
		ids[name] = mustAdd(t, s, a)
	}
	day := func(d int) time.Time { return time.Date(2026, 11, d, 12, 0, 0, 0, time.UTC) }
	add("valmora", "Valmora talks end without a deal", valmora, day(12))
	add("corridor", "Corridor dispute persists",
		"The Dorna corridor remains the sticking point. Negotiators from both sides met again in Geneva.", day(13))
	add("kremlin", "Путин встретился с делегацией",
		"Президент Путин провёл переговоры в Москве. Переговоры продлятся до пятницы.", day(10))
	add("ceasefire", "A ceasefire title",
		"Monitors report that the ceasefire held overnight along the contact line.", day(14))
	add("body", "Monitors deployed",
		"The word ceasefire appears only here in the body, after a long preamble about logistics.", day(11))
	return s, ids
}

func hitIDs(hits []Hit) []int64 {
	var ids []int64
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s, ids := searchFixture(t)
	tests := []struct {
		name  string
		query string
		want  []string // names, in order when ordered is set
		order bool
	}{
		{"a plain term matches", "Dorna", []string{"corridor"}, false},
		{"Cyrillic is case-folded", "путин", []string{"kremlin"}, false},
		{"upper-case Cyrillic finds lower-case", "ПЕРЕГОВОРЫ", []string{"kremlin"}, false},
		{"diacritics are folded", "erdogan", []string{"valmora"}, false},
		{"a prefix term matches", "negoti*", []string{"valmora", "corridor"}, false},
		{"a phrase matches in order only", `"contact line"`, []string{"ceasefire"}, false},
		{"a phrase in the wrong order does not match", `"line contact"`, nil, false},
		{"OR widens", "Dorna OR Путин", []string{"corridor", "kremlin"}, false},
		{"NOT narrows", "Geneva NOT Dorna", []string{"valmora"}, false},
		{"implicit AND", "Geneva corridor", []string{"corridor"}, false},
		{"title matches rank above body matches", "ceasefire", []string{"ceasefire", "body"}, true},
		{"nothing searchable gives no hits", `"" () * - :`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, SearchOptions{})
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			got := hitIDs(hits)
			if len(got) != len(tt.want) {
				t.Fatalf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
			for i, name := range tt.want {
				if tt.order && got[i] != ids[name] {
					t.Errorf("hit %d = %d, want %s (%d)", i, got[i], name, ids[name])
				}
				if !tt.order && !containsID(got, ids[name]) {
					t.Errorf("Search(%q) = %v, misses %s (%d)", tt.query, got, name, ids[name])
				}
			}
		})
	}
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestSearchSnippetMarksMatches(t *testing.T) {
	s, ids := searchFixture(t)
	hits, err := s.Search(context.Background(), "путин", SearchOptions{})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search = %v, %v", hits, err)
	}
	h := hits[0]
	if h.ID != ids["kremlin"] || h.Title != "Путин встретился с делегацией" {
		t.Errorf("hit = %+v", h.ArticleSummary)
	}
	if want := HighlightStart + "Путин" + HighlightEnd; !strings.Contains(h.Snippet, want) {
		t.Errorf("snippet %q lacks %q", h.Snippet, want)
	}
	if h.Rank >= 0 {
		t.Errorf("bm25 rank = %v, want negative (better is lower)", h.Rank)
	}
	hits, _ = s.Search(context.Background(), "erdogan", SearchOptions{})
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, HighlightStart+"Erdoğan"+HighlightEnd) {
		t.Errorf("snippet for erdogan: %+v", hits)
	}
}

func TestSearchOptions(t *testing.T) {
	ctx := context.Background()
	s, ids := searchFixture(t)
	hits, err := s.Search(ctx, "Geneva OR ceasefire OR Путин", SearchOptions{Sort: "date"})
	if err != nil {
		t.Fatal(err)
	}
	want := []int64{ids["ceasefire"], ids["corridor"], ids["valmora"], ids["body"], ids["kremlin"]}
	if got := hitIDs(hits); !equalIDs(got, want) {
		t.Errorf("by date = %v, want %v", got, want)
	}
	hits, _ = s.Search(ctx, "Geneva OR ceasefire OR Путин", SearchOptions{Sort: "date", Limit: 2})
	if got := hitIDs(hits); !equalIDs(got, want[:2]) {
		t.Errorf("limit 2 = %v, want %v", got, want[:2])
	}
	since := time.Date(2026, 11, 11, 0, 0, 0, 0, time.UTC)
	until := time.Date(2026, 11, 13, 0, 0, 0, 0, time.UTC)
	hits, _ = s.Search(ctx, "Geneva OR ceasefire OR Путин", SearchOptions{Sort: "date", Since: since, Until: until})
	if got := hitIDs(hits); !equalIDs(got, []int64{ids["valmora"], ids["body"]}) {
		t.Errorf("date range = %v", got)
	}
	if err := s.Tag(ctx, ids["corridor"], "Dorna"); err != nil {
		t.Fatal(err)
	}
	hits, _ = s.Search(ctx, "Geneva", SearchOptions{Tag: "dorna"})
	if got := hitIDs(hits); !equalIDs(got, []int64{ids["corridor"]}) {
		t.Errorf("tag filter = %v", got)
	}
	if err := s.Trash(ctx, ids["corridor"]); err != nil {
		t.Fatal(err)
	}
	hits, _ = s.Search(ctx, "Geneva", SearchOptions{})
	if got := hitIDs(hits); !equalIDs(got, []int64{ids["valmora"]}) {
		t.Errorf("trashed article still found: %v", got)
	}
	hits, _ = s.Search(ctx, "Geneva", SearchOptions{Trashed: true})
	if got := hitIDs(hits); !equalIDs(got, []int64{ids["corridor"]}) {
		t.Errorf("search in trash = %v", got)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// nastyQueries are inputs the FTS5 grammar rejects or that could upset a
// parser; each must search without error.
var nastyQueries = []string{
	``, ` `, `"`, `""`, `"""`, `"unclosed phrase`, `(`, `)`, `(Geneva`, `Geneva)`, `()`,
	`*`, `**`, `*Geneva`, `Gene*va`, `-`, `-Geneva`, `Geneva -Dorna`, `:`, `title:Geneva`,
	`body:`, `^Geneva`, `+`, `Geneva + Dorna`, `NEAR(Geneva Dorna)`, `NEAR`, `AND`, `OR`, `NOT`,
	`AND OR NOT`, `Geneva AND`, `OR Geneva`, `Geneva NOT`, `Geneva AND AND Dorna`, "Gen\x00eva",
	"\x00", "🙂", "Geneva 🙂", "🇺🇦 Київ", "\xff\xfe invalid", "a\u0301", "\u0301", "\u200b",
	`'single'`, `\"escaped\"`, `{}`, `[]`, `%_`, `;DROP TABLE articles;--`, `' OR 1=1 --`,
	strings.Repeat("Geneva ", 1500), strings.Repeat("(", 5000), strings.Repeat(`"a" OR `, 1000),
	strings.Repeat("x", 10240), strings.Repeat("NOT ", 2000) + "Geneva",
}

func TestSearchAnyInputIsSafe(t *testing.T) {
	s, _ := searchFixture(t)
	for _, q := range nastyQueries {
		name := q
		if len(name) > 40 {
			name = name[:40] + "..."
		}
		t.Run(name, func(t *testing.T) {
			// A query of exclusions only (NOT NOT … Geneva) is refused
			// as such (issue 12 item 18); nothing else may fail.
			if _, err := s.Search(context.Background(), q, SearchOptions{}); err != nil && !errors.Is(err, ErrOnlyExclusions) {
				t.Errorf("Search(%q): %v", q, err)
			}
		})
	}
	// Issue 12 item 18: "-Geneva" excludes Geneva (it was read as the word).
	hits, err := s.Search(context.Background(), "-Geneva", SearchOptions{})
	if !errors.Is(err, ErrOnlyExclusions) || len(hits) != 0 {
		t.Errorf(`"-Geneva": %v, %v; want ErrOnlyExclusions`, hitIDs(hits), err)
	}
}

func TestSearchSeesNewArticlesAtOnce(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	mustAdd(t, s, briefing.Article{Title: "Kyrov", Text: "Shelling near Kyrov."})
	hits, err := s.Search(ctx, "kyrov", SearchOptions{})
	if err != nil || len(hits) != 1 {
		t.Errorf("Search after add = %v, %v", hits, err)
	}
}

// TestSearchRankWindow checks that a query matching more articles than
// rankWindow is ranked among its newest rankWindow matches, after filters,
// and that a query with fewer matches is ranked over all of them.
func TestSearchRankWindow(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	defer func(w int) { rankWindow = w }(rankWindow)
	rankWindow = 3
	var ids []int64
	// The oldest article is the best match (the word in its title).
	ids = append(ids, mustAdd(t, s, article("Convoy convoy convoy", "", "A convoy reached Kyrov.")))
	for i := range 5 {
		ids = append(ids, mustAdd(t, s, article("Report "+string(rune('A'+i)), "",
			"Aid agencies said a convoy left the port city at dawn, carrying water and medicine, number "+string(rune('A'+i))+".")))
	}
	hits, err := s.Search(ctx, "convoy", SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); len(got) != 3 || containsID(got, ids[0]) || !containsID(got, ids[5]) || !containsID(got, ids[3]) {
		t.Errorf("ranked within the newest 3 = %v, want ids %v", got, ids[3:])
	}
	// Sorted by date, every match counts.
	hits, _ = s.Search(ctx, "convoy", SearchOptions{Sort: "date"})
	if len(hits) != 6 {
		t.Errorf("by date: %d hits, want 6", len(hits))
	}
	// A query with no more matches than the window is ranked over all.
	hits, _ = s.Search(ctx, "kyrov OR dawn", SearchOptions{Limit: 1})
	if got := hitIDs(hits); len(got) != 1 {
		t.Errorf("hits = %v", got)
	}
	rankWindow = 10
	hits, _ = s.Search(ctx, "convoy", SearchOptions{})
	if got := hitIDs(hits); len(got) != 6 || got[0] != ids[0] {
		t.Errorf("over all matches = %v, want %d first", got, ids[0])
	}
	// Trashed matches do not use up the window.
	rankWindow = 3
	for _, id := range ids[3:] {
		if err := s.Trash(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	hits, _ = s.Search(ctx, "convoy", SearchOptions{})
	if got := hitIDs(hits); !equalIDs(got, []int64{ids[0], ids[1], ids[2]}) && len(got) != 3 {
		t.Errorf("after trashing the newest three = %v, want %v", got, ids[:3])
	}
	if got := hitIDs(hits); len(got) == 3 && got[0] != ids[0] {
		t.Errorf("best match = %d, want %d", got[0], ids[0])
	}
	hits, _ = s.Search(ctx, "convoy", SearchOptions{Trashed: true})
	if len(hits) != 3 {
		t.Errorf("in the trash: %v", hitIDs(hits))
	}
}

// ftsRowids returns what FTS5 itself matches for a MATCH expression. For
// a PostgreSQL archive it asks FTS5 too, on a SQLite copy of the archive
// (same ids): the two engines must find the same articles.
func ftsRowids(t *testing.T, s *Store, match string) []int64 {
	t.Helper()
	if s.pg != nil {
		s = sqliteTwin(t, s)
	}
	rows, err := s.read.Query(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid`, match)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func sortedIDs(hits []Hit) []int64 {
	ids := hitIDs(hits)
	slices.Sort(ids)
	return ids
}
