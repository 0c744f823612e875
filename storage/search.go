package storage

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
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

// rankWindow bounds how many matches relevance ranking scores. A query
// matching more articles than this (a very common word or phrase) is ranked
// among its rankWindow most recently imported matches: bm25 over every match
// of "the" in 100,000 articles costs hundreds of milliseconds and ranks
// nothing useful, while FTS5 walks matches newest-first almost for free.
// Queries with fewer matches are ranked over all of them. A variable so that
// tests can make it small.
var rankWindow = 5000

// Search finds articles matching query (see MatchQuery for the syntax; any
// input is safe), best first or newest first. A query with nothing
// searchable in it returns no hits and no error.
//
// Sorted by relevance (the default), a query with more than 5,000 matches
// (after the tag and trash filters) is ranked among the 5,000 most recently
// imported of them. Sorted by date, or filtered by outlet or date, all
// matches are considered.
func (s *Store) Search(ctx context.Context, query string, o SearchOptions) ([]Hit, error) {
	match := MatchQuery(query)
	if match == "" {
		return nil, nil
	}
	limit := o.Limit
	if limit <= 0 {
		limit = 50
	}
	conn, err := s.read.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer conn.Close()
	var hits []Hit
	if o.Sort != "date" && o.Outlet == "" && o.Since.IsZero() && o.Until.IsZero() {
		hits, err = searchRanked(ctx, conn, match, o, limit)
	} else {
		hits, err = searchJoined(ctx, conn, match, o, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// rankedSearchSQL is the statement Search runs for a relevance-ordered
// search without outlet or date filters, with its parameters numbered:
// ?1 the MATCH expression, ?2/?3 the highlight marks, ?4 the snippet length,
// ?5 the limit. scripts/bench_storage.sh runs the same statement in the
// sqlite3 shell. extra are further conditions on f.rowid (trash, tag), each
// starting with " AND ".
func rankedSearchSQL(extra string) string {
	return `SELECT ` + summaryColumns + `, t.snip, t.rank FROM (
	SELECT f.rowid AS id, snippet(articles_fts, 1, ?2, ?3, '…', ?4) AS snip, rank
	FROM articles_fts f
	WHERE articles_fts MATCH ?1 AND rank MATCH '` + rankArgs + `'
	  AND f.rowid >= coalesce((SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH ?1` + extra + `
	      ORDER BY f.rowid DESC LIMIT 1 OFFSET ` + fmt.Sprint(rankWindow-1) + `), 0)` + extra + `
	ORDER BY rank LIMIT ?5) t
JOIN articles a ON a.id = t.id
ORDER BY t.rank, t.id`
}

// RankedSearchSQL returns the statement Search runs for a relevance-ordered
// search of the archive (not the trash) without filters, parameters
// numbered: ?1 the MATCH expression (see MatchQuery), ?2 and ?3 the
// highlight marks, ?4 the snippet length in tokens, ?5 the limit. It is
// exported for benchmarks that run the very same statement elsewhere (the
// sqlite3 shell) and for debugging.
func RankedSearchSQL() string {
	extra, _ := rowidFilterSQL(SearchOptions{})
	return rankedSearchSQL(extra)
}

// rankArgs is rankExpr as an FTS5 rank function call.
const rankArgs = `bm25(10.0, 1.0)`

// rowidFilterSQL returns the trash and tag conditions on f.rowid, which
// need no read of the article row.
func rowidFilterSQL(o SearchOptions) (string, []any) {
	var b strings.Builder
	var args []any
	if o.Trashed {
		b.WriteString(" AND f.rowid IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)")
	} else {
		b.WriteString(" AND f.rowid NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)")
	}
	if o.Tag != "" {
		b.WriteString(` AND f.rowid IN (SELECT at.article_id FROM article_tags at
			JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)`)
		args = append(args, strings.TrimSpace(o.Tag))
	}
	return b.String(), args
}

// searchRanked ranks (within rankWindow) and makes snippets in one
// statement. FTS5 sorts by its rank column itself and then makes snippets
// only for the rows returned, seeking its own cursor: no second parse of
// the query per hit, which for a prefix term would rebuild its doclist.
func searchRanked(ctx context.Context, conn *sql.Conn, match string, o SearchOptions, limit int) ([]Hit, error) {
	extra, fargs := rowidFilterSQL(o)
	// Positional ?NNN parameters: the tag name is ?6 wherever it appears.
	extra = strings.Replace(extra, "t.name = ?", "t.name = ?6", 1)
	args := []any{match, HighlightStart, HighlightEnd, snippetTokens, limit}
	args = append(args, fargs...)
	rows, err := conn.QueryContext(ctx, rankedSearchSQL(extra), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		h.ArticleSummary, err = scanSummary(rows, &h.Snippet, &h.Rank)
		if err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// searchJoined serves date order and outlet or date filters: every match
// is joined with its article (only columns stored before the body, so no
// overflow pages are read), sorted, and snippets are made for the hits.
func searchJoined(ctx context.Context, conn *sql.Conn, match string, o SearchOptions, limit int) ([]Hit, error) {
	extra, args := rowidFilterSQL(o)
	var b strings.Builder
	if o.Outlet != "" {
		b.WriteString(" AND a.outlet = ?")
		args = append(args, o.Outlet)
	}
	if !o.Since.IsZero() {
		b.WriteString(" AND " + articleDate + " >= ?")
		args = append(args, formatTime(o.Since))
	}
	if !o.Until.IsZero() {
		b.WriteString(" AND " + articleDate + " < ?")
		args = append(args, formatTime(o.Until))
	}
	order := `r, f.rowid`
	if o.Sort == "date" {
		order = articleDate + ` DESC, f.rowid DESC`
	}
	// Snippets are made in a second step, for the hits shown only: made in
	// the sorting query, SQLite would make one for every match before sorting.
	q := `SELECT ` + summaryColumns + `, t.r FROM (
		SELECT f.rowid AS id, ` + rankExpr + ` AS r
		FROM articles_fts f JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH ?` + extra + b.String() + `
		ORDER BY ` + order + ` LIMIT ?) t
		JOIN articles a ON a.id = t.id`
	args = append([]any{match}, args...)
	args = append(args, limit)
	rows, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var hits []Hit
	for rows.Next() {
		var h Hit
		h.ArticleSummary, err = scanSummary(rows, &h.Rank)
		if err != nil {
			rows.Close()
			return nil, err
		}
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(hits) == 0 {
		return nil, nil
	}
	// The outer join does not keep the subquery's order: restore it.
	if o.Sort == "date" {
		slices.SortStableFunc(hits, func(x, y Hit) int {
			dx, dy := hitDate(x), hitDate(y)
			if c := dy.Compare(dx); c != 0 {
				return c
			}
			return cmp.Compare(y.ID, x.ID)
		})
	} else {
		slices.SortStableFunc(hits, func(x, y Hit) int {
			if c := cmp.Compare(x.Rank, y.Rank); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
	}
	stmt, err := conn.PrepareContext(ctx, `SELECT snippet(articles_fts, 1, ?, ?, '…', ?)
		FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`)
	if err != nil {
		return nil, fmt.Errorf("snippets: %w", err)
	}
	defer stmt.Close()
	for i := range hits {
		err := stmt.QueryRowContext(ctx, HighlightStart, HighlightEnd, snippetTokens, match, hits[i].ID).
			Scan(&hits[i].Snippet)
		if err != nil {
			return nil, fmt.Errorf("snippet for article %d: %w", hits[i].ID, err)
		}
	}
	return hits, nil
}

// hitDate is articleDate for a hit.
func hitDate(h Hit) time.Time {
	if !h.Published.IsZero() {
		return h.Published
	}
	return h.ImportedAt
}

// Optimize merges the full-text index into a single b-tree, which makes
// searches faster after a bulk import (FTS5 'optimize'). It takes about as
// long as writing the index once did (seconds for 100,000 articles) and
// holds the write lock meanwhile; importers call it after a large import.
func (s *Store) Optimize(ctx context.Context) error {
	if _, err := s.write.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("optimize search index: %w", err)
	}
	return nil
}
