package storage

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestSearchPrefixWords checks that a prefix term searched as the indexed
// words it stands for finds exactly what FTS5's own prefix query finds, in
// every case of how the prefix is written and when it stands for too many
// words to expand or for non-ASCII ones.
func TestSearchPrefixWords(t *testing.T) {
	ctx := context.Background()
	s, _ := searchFixture(t)
	var many []string
	for i := range maxPrefixWords + 3 {
		many = append(many, fmt.Sprintf("zed%02d", i))
	}
	mustAdd(t, s, article("Many words", "", strings.Join(many, " ")+" negotiable Negotiation."))
	mustAdd(t, s, article("Digits", "", "Resolution 2758 and 2759b were cited; negotiations go on."))
	for _, q := range []string{"negot*", "NEGOTI*", "Negotiation*", "ceasefir*", "zed*", "zed0*",
		"2758*", "275*", "путин*", "negot* ceasef* dorna", "dorna negot* ceasef*", "negot* NOT ceasef*", "Перегов*", "erdo*", "negot* NOT geneva", "dorna OR ceasef*",
		`"peace talk"*`, "qqq*", "n*", "negot* ceasef*"} {
		t.Run(q, func(t *testing.T) {
			hits, err := s.Search(ctx, q, SearchOptions{Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			want := ftsRowids(t, s, MatchQuery(q))
			if got := sortedIDs(hits); !equalIDs(got, want) {
				t.Errorf("Search(%q) = %v, FTS5 finds %v", q, got, want)
			}
		})
	}
	if s.pg != nil {
		return // the statements below are SQLite's prefix expansion
	}
	stmts, err := s.SearchSQL(ctx, "negot*", SearchOptions{})
	if err != nil || len(stmts) == 0 || !strings.Contains(stmts[0], "articles_vocab") {
		t.Fatalf("SearchSQL(negot*) = %q, %v", stmts, err)
	}
	if !strings.Contains(stmts[1], `("negotiable" OR "negotiation" OR "negotiations" OR "negotiator" OR "negotiators")`) {
		t.Errorf("negot* is not searched as its words: %s", stmts[1])
	}
	stmts, _ = s.SearchSQL(ctx, "zed*", SearchOptions{})
	if !strings.Contains(stmts[1], `'"zed"*'`) {
		t.Errorf("zed* (%d words) should stay a prefix: %s", len(many), stmts[1])
	}
	// Every statement runs as printed (the benchmark feeds them to the shell).
	for _, q := range stmts {
		rows, err := s.read.Query(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		rows.Close()
	}
}

// TestSearchPhraseWindow checks the ranking of a lone phrase: with more
// matches than the window, hits come only from the newest window matches of
// the phrase (after filters), ranked by the phrase's words; with fewer, all
// of its matches are ranked; snippets mark the phrase either way.
func TestSearchPhraseWindow(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	defer func(w int) { rankWindow = w }(rankWindow)
	rankWindow = 3
	add := func(title, text string) int64 { return mustAdd(t, s, article(title, "", text)) }
	// The oldest matches the phrase best but is outside the window.
	old := add("Contact line contact line", "The contact line held; the contact line was quiet.")
	words := add("Line of contact", "The line of contact moved; no contact along the line.") // words, not the phrase
	a := add("Report A", "Monitors said the contact line held overnight, contact line quiet.")
	b := add("Report B", "Shelling was reported near the contact line before dawn on Monday morning.")
	c := add("Report C", "Observers visited the contact line and the border crossing on Tuesday afternoon.")
	d := add("Report D", "A convoy crossed the contact line with medicine for villages in the valley below.")
	hits, err := s.Search(ctx, `"contact line"`, SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := sortedIDs(hits); !equalIDs(got, []int64{b, c, d}) {
		t.Errorf("newest 3 phrase matches = %v, want %v (not %d, %d, %d)", got, []int64{b, c, d}, old, words, a)
	}
	for _, h := range hits {
		if !strings.Contains(h.Snippet, HighlightStart+"contact line"+HighlightEnd) {
			t.Errorf("snippet %q does not mark the phrase", h.Snippet)
		}
	}
	// Trashing the newest two widens the window to older matches.
	for _, id := range []int64{c, d} {
		if err := s.Trash(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	hits, _ = s.Search(ctx, `"contact line"`, SearchOptions{})
	if got := sortedIDs(hits); !equalIDs(got, []int64{old, a, b}) {
		t.Errorf("after trash = %v, want %v", got, []int64{old, a, b})
	}
	if len(hits) == 3 && hits[0].ID != old {
		t.Errorf("best = %d, want %d (the phrase's words four times in the title)", hits[0].ID, old)
	}
	hits, _ = s.Search(ctx, `"contact line"`, SearchOptions{Trashed: true})
	if got := sortedIDs(hits); !equalIDs(got, []int64{c, d}) {
		t.Errorf("in the trash = %v, want %v", got, []int64{c, d})
	}
	// A tag filter applies before the window: two tagged matches, all ranked.
	for _, id := range []int64{old, a} {
		if err := s.Tag(ctx, id, "frontline"); err != nil {
			t.Fatal(err)
		}
	}
	hits, _ = s.Search(ctx, `"contact line"`, SearchOptions{Tag: "frontline"})
	if got := hitIDs(hits); !equalIDs(got, []int64{old, a}) {
		t.Errorf("tagged = %v, want %v", got, []int64{old, a})
	}
	// Fewer matches than the window: every match, by bm25 of the phrase.
	rankWindow = 10
	hits, _ = s.Search(ctx, `"contact line"`, SearchOptions{})
	if got := sortedIDs(hits); !equalIDs(got, []int64{old, a, b}) || hits[0].ID != old {
		t.Errorf("under the window = %v, want %v with %d first", hitIDs(hits), []int64{old, a, b}, old)
	}
	// The window counts matches of the whole query, limit or not.
	rankWindow = 2
	hits, _ = s.Search(ctx, `"contact line"`, SearchOptions{Limit: 1})
	if got := hitIDs(hits); len(got) != 1 || (got[0] != a && got[0] != b) {
		t.Errorf("limit 1 in a window of 2 = %v, want %d or %d", got, a, b)
	}
}

// TestSearchPhraseRareAmongNewest checks a phrase whose rate among the
// newest articles makes it look rare although it has more matches than the
// window: it is ranked by bm25 of the phrase among its newest window
// matches. Report A holds the phrase's words most often but the phrase
// once, Report B the phrase twice: ranked by the words (the common-phrase
// way), A would lead.
func TestSearchPhraseRareAmongNewest(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	defer func(w int, p int64) { rankWindow, probeRows = w, p }(rankWindow, probeRows)
	rankWindow, probeRows = 3, 2
	add := func(title, text string) int64 { return mustAdd(t, s, article(title, "", text)) }
	add("Contact line contact line", "The contact line held; the contact line was quiet.") // outside the window
	a := add("Report A", "The contact line held. Line here, line there, line everywhere; contact now, contact then, contact again.")
	b := add("Report B", "The contact line moved; the contact line is now nearer the city.") // twice
	c := add("Report C", "Observers visited the contact line and the border crossing on Tuesday afternoon.")
	add("Line of contact", "The line of contact moved; no contact along the line.") // words only
	add("Weather", "Rain is expected along the coast on Friday.")
	hits, err := s.Search(ctx, `"contact line"`, SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); len(got) != 3 || got[0] != b || !equalIDs(sortedIDs(hits), []int64{a, b, c}) {
		t.Errorf("hits = %v, want %v with %d first", got, []int64{a, b, c}, b)
	}
}
