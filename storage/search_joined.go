package storage

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// searchJoined serves date order and outlet or date filters: every match
// is joined with its article (only columns stored before the body, so no
// overflow pages are read), sorted, and snippets are made for the hits.
func searchJoined(ctx context.Context, r runner, match string, o SearchOptions, limit int) ([]Hit, error) {
	extra, args := rowidFilterSQL(o)
	var b strings.Builder
	if o.Outlet != "" {
		b.WriteString(" AND a.outlet = :outlet")
		args = append(args, sql.Named("outlet", o.Outlet))
	}
	if !o.Since.IsZero() {
		b.WriteString(" AND " + articleDate + " >= :since")
		args = append(args, sql.Named("since", formatTime(o.Since)))
	}
	if !o.Until.IsZero() {
		b.WriteString(" AND " + articleDate + " < :until")
		args = append(args, sql.Named("until", formatTime(o.Until)))
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
		WHERE articles_fts MATCH :q` + extra + b.String() + `
		ORDER BY ` + order + ` LIMIT :lim) t
		JOIN articles a ON a.id = t.id`
	args = append(args, sql.Named("q", match), sql.Named("lim", limit))
	rows, err := r.query(ctx, q, args...)
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
		sortByDate(hits)
	} else {
		sortByRank(hits)
	}
	return hits, joinedSnippets(ctx, r, match, hits)
}

// joinedSnippets makes each hit's snippet, one statement a hit.
func joinedSnippets(ctx context.Context, r runner, match string, hits []Hit) error {
	snippet, snipArgs := snippetSQL()
	q := `SELECT ` + snippet + `
			FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid
			WHERE articles_fts MATCH :q AND f.rowid = :id`
	for i := range hits {
		args := append(slices.Clone(snipArgs), sql.Named("q", match), sql.Named("id", hits[i].ID))
		err := r.queryRow(ctx, q, args...).Scan(&hits[i].Snippet)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("snippet for article %d: %w", hits[i].ID, err)
		}
	}
	return longSnippets(ctx, r, match, hits)
}

// sortByDate orders hits newest first (by articleDate), ties by id, higher
// first.
func sortByDate(hits []Hit) {
	slices.SortStableFunc(hits, func(x, y Hit) int {
		dx, dy := hitDate(x), hitDate(y)
		if c := dy.Compare(dx); c != 0 {
			return c
		}
		return cmp.Compare(y.ID, x.ID)
	})
}

// hitDate is articleDate for a hit.
func hitDate(h Hit) time.Time {
	if !h.Published.IsZero() {
		return h.Published
	}
	return h.ImportedAt
}
