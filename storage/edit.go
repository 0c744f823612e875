package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// UpdateArticle saves the user's corrections to article a.ID: title, outlet,
// author, URL, published date, language and body text (the word count
// follows the text). The first edit keeps the article as imported in
// ArticleOriginal. The content hash stays the one of the imported text, so
// importing the same page again is still recognised as a duplicate; the
// imported date, raw HTML, tags and trash state are not changed. A URL that
// another article already has gives ErrDuplicate.
func (s *Store) UpdateArticle(ctx context.Context, a briefing.Article) error {
	a.Title = strings.Join(strings.Fields(a.Title), " ")
	a.Outlet = strings.TrimSpace(a.Outlet)
	a.Author = strings.TrimSpace(a.Author)
	a.URL = strings.TrimSpace(a.URL)
	a.Text = strings.TrimSpace(a.Text)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := articleExists(ctx, tx, a.ID); err != nil {
			return err
		}
		if a.URL != "" {
			var other int64
			err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE url = ? AND url <> '' AND id <> ?`, a.URL, a.ID).Scan(&other)
			if err == nil {
				return fmt.Errorf("%w: URL %s belongs to article %d", ErrDuplicate, a.URL, other)
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO article_originals
			(article_id, title, outlet, author, url, published, language, body, saved_at)
			SELECT id, title, outlet, author, url, published, language, body, ?
			FROM articles WHERE id = ?`, formatTime(now()), a.ID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE articles SET title = ?, outlet = ?, author = ?, url = ?,
			published = ?, language = ?, body = ?, word_count = ? WHERE id = ?`,
			a.Title, a.Outlet, a.Author, a.URL, formatTime(a.Published), a.Language, a.Text,
			briefing.WordCount(a.Text), a.ID)
		return err
	})
	if err != nil {
		return fmt.Errorf("update article %d: %w", a.ID, err)
	}
	return nil
}

// ArticleOriginal returns the article as it was imported, before the user
// edited it; for an article never edited that is the article itself.
func (s *Store) ArticleOriginal(ctx context.Context, id int64) (briefing.Article, error) {
	a, err := s.Article(ctx, id)
	if err != nil {
		return a, err
	}
	err = s.read.QueryRowContext(ctx, `SELECT title, outlet, author, url, published, language, body
		FROM article_originals WHERE article_id = ?`, id).Scan(&a.Title, &a.Outlet, &a.Author, &a.URL,
		scanTime(&a.Published), &a.Language, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return a, nil
	}
	if err != nil {
		return briefing.Article{}, fmt.Errorf("original of article %d: %w", id, err)
	}
	a.WordCount = briefing.WordCount(a.Text)
	return a, nil
}

// Edited reports whether the user has changed article id since import.
func (s *Store) Edited(ctx context.Context, id int64) (bool, error) {
	var n int
	err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM article_originals WHERE article_id = ?`, id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("article %d: %w", id, err)
	}
	return n > 0, nil
}

// Backup writes a consistent copy of the archive to path (which must not
// exist yet) with VACUUM INTO; the copy opens with Open like any archive.
func (s *Store) Backup(ctx context.Context, path string) error {
	if _, err := s.write.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	return nil
}
