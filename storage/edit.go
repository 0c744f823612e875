package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	a.Title = strings.Join(strings.Fields(briefing.StripControl(a.Title)), " ")
	a.Outlet = strings.TrimSpace(briefing.StripControl(a.Outlet))
	a.Author = strings.TrimSpace(briefing.StripControl(a.Author))
	a.URL = strings.TrimSpace(briefing.StripControl(a.URL))
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

// ErrArchiveFile is returned (wrapped, naming the path) when an output would
// be written onto the archive itself or one of its companion files.
var ErrArchiveFile = errors.New("is the open archive")

// ErrExists is returned (wrapped, naming the path) when an output file
// exists and replacing it was not asked for.
var ErrExists = errors.New("already exists")

// CheckOutput says whether path may be written as an export or backup: never
// the archive itself or its -wal, -shm or -journal file (by any name, a
// symbolic or hard link too), never something other than a regular file,
// and an existing file only when replace is set.
func (s *Store) CheckOutput(path string, replace bool) error {
	if s.IsArchiveFile(path) {
		return fmt.Errorf("%s %w (or one of its files): choose another file", path, ErrArchiveFile)
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s exists and is not a regular file", path)
	case !replace:
		return fmt.Errorf("%s %w: add --force to replace it", path, ErrExists)
	}
	return nil
}

// IsArchiveFile reports whether path names the archive's database file or
// one of its companions (-wal, -shm, -journal), by any name.
func (s *Store) IsArchiveFile(path string) bool {
	if s.pg != nil {
		return false // the archive is on a server, in no file
	}
	target := sameFileKey(path)
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		own := s.path + suffix
		if target == sameFileKey(own) {
			return true
		}
		a, errA := os.Stat(path)
		b, errB := os.Stat(own)
		if errA == nil && errB == nil && os.SameFile(a, b) {
			return true
		}
	}
	return false
}

// sameFileKey is path made absolute, with symbolic links in its folder
// resolved, so two names of one file that does not exist yet compare equal.
func sameFileKey(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return filepath.Join(dir, base)
}

// Backup writes a consistent copy of the archive to path with VACUUM INTO;
// the copy opens with Open like any archive. The copy is written to a
// temporary file beside path and renamed into place, so a failure (a full
// disk) leaves neither a partial file nor an empty one. path must pass
// CheckOutput: an existing file is replaced only when replace is set, the
// archive itself never.
func (s *Store) Backup(ctx context.Context, path string, replace bool) error {
	if err := s.CheckOutput(path, replace); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if s.pg != nil {
		return s.backupPG(ctx, path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".briefdesk-backup-*")
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	name := tmp.Name()
	tmp.Close() // VACUUM INTO writes into an empty file
	ok := false
	defer func() {
		if !ok {
			os.Remove(name)
		}
	}()
	if _, err := s.write.ExecContext(ctx, `VACUUM INTO ?`, name); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := syncFile(name); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	ok = true
	return nil
}

func syncFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
