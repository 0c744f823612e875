package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// HighlightStart and HighlightEnd surround each matched term in Hit.Snippet.
const (
	HighlightStart = "\x02"
	HighlightEnd   = "\x03"
)

// Hit is one search result.
type Hit struct {
	briefing.ArticleSummary
	// Snippet is a short passage of the body around the matches, matched
	// terms between HighlightStart and HighlightEnd; "…" marks cut text.
	Snippet string
	// Rank is the bm25 score: lower is better (FTS5 convention).
	Rank float64
}

// SearchOptions narrows and orders a search. Zero fields do not filter.
type SearchOptions struct {
	Limit int    // default 50
	Sort  string // "rank" (default, best first) or "date" (newest first)
	Tag   string
	// Outlet limits hits to one outlet.
	Outlet string
	Since  time.Time
	Until  time.Time
	// Trashed searches the trash instead of the archive.
	Trashed bool
}

// rankExpr weights title matches ten times body matches.
const rankExpr = `bm25(articles_fts, 10.0, 1.0)`

// snippetTokens is how many tokens a snippet shows.
const snippetTokens = 24

// Search finds articles matching query (see MatchQuery for the syntax; any
// input is safe), best first or newest first. A query with nothing
// searchable in it returns no hits and no error.
func (s *Store) Search(ctx context.Context, query string, o SearchOptions) ([]Hit, error) {
	match := MatchQuery(query)
	if match == "" {
		return nil, nil
	}
	limit := o.Limit
	if limit <= 0 {
		limit = 50
	}
	where, args := filterSQL(o.Tag, o.Outlet, o.Since, o.Until, o.Trashed)
	order := `r`
	if o.Sort == "date" {
		order = articleDate + ` DESC, a.id DESC`
	}
	// Snippets are made in a second step, for the hits shown only: made in
	// the ranking query, SQLite would make one for every match before sorting.
	q := `SELECT ` + summaryColumns + `, ` + rankExpr + ` AS r
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ?` + where + `
		ORDER BY ` + order + ` LIMIT ?`
	args = append([]any{match}, args...)
	args = append(args, limit)

	conn, err := s.read.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer conn.Close()
	rows, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	var hits []Hit
	for rows.Next() {
		var h Hit
		h.ArticleSummary, err = scanSummary(rows, &h.Rank)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	if len(hits) == 0 {
		return nil, nil
	}
	stmt, err := conn.PrepareContext(ctx, `SELECT snippet(articles_fts, 1, ?, ?, '…', ?)
		FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`)
	if err != nil {
		return nil, fmt.Errorf("search %q: snippets: %w", query, err)
	}
	defer stmt.Close()
	for i := range hits {
		err := stmt.QueryRowContext(ctx, HighlightStart, HighlightEnd, snippetTokens, match, hits[i].ID).
			Scan(&hits[i].Snippet)
		if err != nil {
			return nil, fmt.Errorf("search %q: snippet for article %d: %w", query, hits[i].ID, err)
		}
	}
	return hits, nil
}
