package storage

import (
	"context"
	"fmt"
)

// Outlets returns every outlet in the archive (not the trash) with how many
// articles it has.
func (s *Store) Outlets(ctx context.Context) (map[string]int, error) {
	out, err := s.nameCounts(ctx, `SELECT outlet, count(*) FROM articles
		WHERE outlet <> '' AND `+notTrashed("id")+` GROUP BY outlet`)
	if err != nil {
		return nil, fmt.Errorf("list outlets: %w", err)
	}
	return out, nil
}

// nameCounts runs a query of (name, count) rows into a map.
func (s *Store) nameCounts(ctx context.Context, query string) (map[string]int, error) {
	rows, err := s.read.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return nil, err
		}
		out[name] = n
	}
	return out, rows.Err()
}

// CountMatching returns how many articles Articles(f) lists when f has no
// limit: the length of a filtered archive list, for paging through it.
func (s *Store) CountMatching(ctx context.Context, f ArticleFilter) (int, error) {
	where, args := filterSQL(f.Tag, f.Outlet, f.Since, f.Until, f.Trashed)
	var n int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM articles a WHERE 1`+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}
