package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Tag adds tags to an article. Tags are trimmed, compared without regard to
// case (the first spelling stored is kept), and blank ones are ignored.
func (s *Store) Tag(ctx context.Context, articleID int64, tags ...string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := articleExists(ctx, tx, articleID); err != nil {
			return err
		}
		for _, tag := range tags {
			tag = strings.TrimSpace(tag)
			if tag == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, tag); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO article_tags (article_id, tag_id)
				SELECT ?, id FROM tags WHERE name = ?`, articleID, tag); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("tag article %d: %w", articleID, err)
	}
	return nil
}

// Untag removes tags from an article; tags it does not have are ignored.
func (s *Store) Untag(ctx context.Context, articleID int64, tags ...string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := articleExists(ctx, tx, articleID); err != nil {
			return err
		}
		for _, tag := range tags {
			if _, err := tx.ExecContext(ctx, `DELETE FROM article_tags WHERE article_id = ?
				AND tag_id = (SELECT id FROM tags WHERE name = ?)`, articleID, strings.TrimSpace(tag)); err != nil {
				return err
			}
		}
		// A tag no article carries any more is forgotten.
		_, err := tx.ExecContext(ctx, `DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("untag article %d: %w", articleID, err)
	}
	return nil
}

// Tags returns the tags of an article, sorted without regard to case.
func (s *Store) Tags(ctx context.Context, articleID int64) ([]string, error) {
	tags, err := queryStrings(ctx, s.read, `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
		WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE, t.name`, articleID)
	if err != nil {
		return nil, fmt.Errorf("tags of article %d: %w", articleID, err)
	}
	if tags == nil {
		if err := articleExists(ctx, s.read, articleID); err != nil {
			return nil, fmt.Errorf("tags of article %d: %w", articleID, err)
		}
	}
	return tags, nil
}

// AllTags returns every tag in use with how many archived (not trashed)
// articles carry it, sorted by name.
func (s *Store) AllTags(ctx context.Context) (map[string]int, error) {
	out, err := s.nameCounts(ctx, `SELECT t.name, count(a.id) FROM tags t
		JOIN article_tags at ON at.tag_id = t.id
		LEFT JOIN articles a ON a.id = at.article_id AND `+notTrashed("a.id")+`
		GROUP BY t.id`)
	if err != nil {
		return nil, fmt.Errorf("list tags: %w", err)
	}
	return out, nil
}

// Trash moves an article to the trash: it disappears from Articles, Search
// and CountArticles but keeps its id, tags and place in briefs that cite it.
func (s *Store) Trash(ctx context.Context, articleID int64) error {
	return s.setTrashed(ctx, articleID, formatTime(now()), "trash")
}

// Restore takes an article out of the trash.
func (s *Store) Restore(ctx context.Context, articleID int64) error {
	return s.setTrashed(ctx, articleID, nil, "restore")
}

func (s *Store) setTrashed(ctx context.Context, articleID int64, at any, verb string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// Trashing twice keeps the first date.
		res, err := tx.ExecContext(ctx, `UPDATE articles SET trashed_at = CASE
			WHEN CAST(?1 AS TEXT) IS NULL THEN NULL ELSE coalesce(trashed_at, ?1) END WHERE id = ?2`, at, articleID)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
	if err != nil {
		return fmt.Errorf("%s article %d: %w", verb, articleID, err)
	}
	return nil
}

// queryer is what reads need from *sql.DB and *sql.Tx.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func articleExists(ctx context.Context, q queryer, id int64) error {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

func queryStrings(ctx context.Context, q queryer, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
