package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// AddResult tells what AddArticle did: the id of the stored article, or of
// the article already in the archive when Duplicate is set.
type AddResult struct {
	ID        int64
	Duplicate bool
}

// AddArticle stores a. An article with the same content hash, or the same
// non-empty URL, as one already archived (trashed ones included) is a
// duplicate: nothing is stored and the existing id is returned with
// Duplicate set. ImportedAt is set to now when zero.
func (s *Store) AddArticle(ctx context.Context, a briefing.Article) (AddResult, error) {
	rs, err := s.AddArticles(ctx, []briefing.Article{a})
	if err != nil {
		return AddResult{}, err
	}
	return rs[0], nil
}

// AddArticles stores many articles in one transaction, which is much faster
// than one AddArticle each; results are in input order. Duplicates, also
// within the batch, are reported as AddArticle reports them. It is all or
// nothing: on error no article of the batch is stored. Importers that want
// progress to show in the archive list call it with batches of a few hundred.
func (s *Store) AddArticles(ctx context.Context, as []briefing.Article) ([]AddResult, error) {
	// Cancellation is checked here, at the batch boundary, not on every
	// statement: with a cancellable context go-sqlite3 runs each statement
	// on a goroutine of its own, which cost a 20,000-file import ~3 s of
	// thread hand-offs. A batch is short; once begun it is committed.
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	ctx = context.WithoutCancel(ctx)
	results := make([]AddResult, len(as))
	// Near-duplicate fingerprints are computed on all cores before the
	// write transaction starts, so they cost the writer nothing.
	texts := make([]string, len(as))
	for i, a := range as {
		texts[i] = a.Text
		if a.ContentHash == "" {
			texts[i] = strings.TrimSpace(a.Text) // as Finish will leave it
		}
	}
	fps := fingerprints(texts)
	if s.pg != nil {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			var err error
			results, err = addArticlesPG(ctx, tx, as, fps)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("add articles: %w", err)
		}
		return results, nil
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		find, err := tx.PrepareContext(ctx, findDuplicateSQL)
		if err != nil {
			return err
		}
		defer find.Close()
		insert, err := tx.PrepareContext(ctx, insertArticleSQL)
		if err != nil {
			return err
		}
		defer insert.Close()
		dups, err := newNearDupIndexer(ctx, tx)
		if err != nil {
			return err
		}
		defer dups.close()
		stamp := now()
		var fts ftsFill // only SQLite comes here (PostgreSQL: addArticlesPG)
		for i, a := range as {
			if a.ContentHash == "" {
				a.Finish()
			}
			if a.ImportedAt.IsZero() {
				a.ImportedAt = stamp
			}
			var id int64
			err := find.QueryRowContext(ctx, a.ContentHash, a.URL).Scan(&id)
			switch {
			case err == nil:
				results[i] = AddResult{ID: id, Duplicate: true}
				continue
			case !errors.Is(err, sql.ErrNoRows):
				return fmt.Errorf("article %q: checking for duplicates: %w", a.Title, err)
			}
			res, err := insert.ExecContext(ctx, nil, a.Title, a.Outlet, a.Author, a.URL,
				formatTime(a.Published), formatTime(a.ImportedAt), a.Language, a.Text, a.RawHTML,
				a.ContentHash, a.WordCount, nil)
			if err != nil {
				return fmt.Errorf("article %q: %w", a.Title, err)
			}
			if results[i].ID, err = res.LastInsertId(); err != nil {
				return err
			}
			fts.add(results[i].ID)
			if err := dups.add(ctx, results[i].ID, fps[i]); err != nil {
				return fmt.Errorf("article %q: near-duplicates: %w", a.Title, err)
			}
		}
		return fts.fill(ctx, tx)
	})
	if err != nil {
		return nil, fmt.Errorf("add articles: %w", err)
	}
	return results, nil
}

// findDuplicateSQL finds an archived article with the same content hash or
// the same non-empty URL, also the URL it had before the user edited it.
// The url <> (empty) terms are spelled out so that SQLite uses the partial indexes.
const findDuplicateSQL = `
SELECT id FROM articles WHERE content_hash = ?1
UNION ALL SELECT id FROM articles WHERE url = ?2 AND url <> ''
UNION ALL SELECT article_id FROM article_originals WHERE url = ?2 AND url <> ''
LIMIT 1`

const insertArticleSQL = `
INSERT INTO articles (id, title, outlet, author, url, published, imported_at, language,
    body, raw_html, content_hash, word_count, trashed_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// Article returns the article with the given id, body included, also when
// it is in the trash.
func (s *Store) Article(ctx context.Context, id int64) (briefing.Article, error) {
	var a briefing.Article
	err := s.read.QueryRowContext(ctx, `
		SELECT id, title, outlet, author, url, published, imported_at, language,
		       body, raw_html, content_hash, word_count
		FROM articles WHERE id = ?`, id).Scan(
		&a.ID, &a.Title, &a.Outlet, &a.Author, &a.URL, scanTime(&a.Published),
		scanTime(&a.ImportedAt), &a.Language, &a.Text, &a.RawHTML, &a.ContentHash, &a.WordCount)
	if errors.Is(err, sql.ErrNoRows) {
		return briefing.Article{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return briefing.Article{}, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

// ArticleFilter narrows Articles. Zero fields do not filter.
type ArticleFilter struct {
	Limit  int // 0 means no limit
	Offset int
	Tag    string // only articles with this tag (case-insensitive)
	Outlet string // only articles from this outlet (exact)
	Since  time.Time
	Until  time.Time // published (or, when unknown, imported) in [Since, Until)
	// Trashed lists the trash instead of the archive.
	Trashed bool
}

// summaryColumns are the columns scanned by scanSummary, for table alias a.
const summaryColumns = `a.id, a.title, a.outlet, a.author, a.url, a.published, a.imported_at, a.word_count`

func scanSummary(sc interface{ Scan(...any) error }, extra ...any) (briefing.ArticleSummary, error) {
	var a briefing.ArticleSummary
	dest := append([]any{&a.ID, &a.Title, &a.Outlet, &a.Author, &a.URL,
		scanTime(&a.Published), scanTime(&a.ImportedAt), &a.WordCount}, extra...)
	err := sc.Scan(dest...)
	return a, err
}

// articleDate is the date filters and date sorting use: the publication
// date when known, else the import date.
const articleDate = `(CASE WHEN a.published <> '' THEN a.published ELSE a.imported_at END)`

// filterSQL returns the WHERE conditions (joined with AND, each starting with
// " AND ") and their arguments for a filter over table alias a.
func filterSQL(tag, outlet string, since, until time.Time, trashed bool) (string, []any) {
	var b strings.Builder
	var args []any
	if trashed {
		b.WriteString(" AND a.trashed_at IS NOT NULL")
	} else {
		b.WriteString(" AND " + notTrashed("a.id"))
	}
	if tag != "" {
		b.WriteString(` AND a.id IN (SELECT at.article_id FROM article_tags at
			JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)`)
		args = append(args, strings.TrimSpace(tag))
	}
	if outlet != "" {
		b.WriteString(" AND a.outlet = ?")
		args = append(args, outlet)
	}
	if !since.IsZero() {
		b.WriteString(" AND " + articleDate + " >= ?")
		args = append(args, formatTime(since))
	}
	if !until.IsZero() {
		b.WriteString(" AND " + articleDate + " < ?")
		args = append(args, formatTime(until))
	}
	return b.String(), args
}

// Articles lists article summaries (no bodies), newest imported first.
func (s *Store) Articles(ctx context.Context, f ArticleFilter) ([]briefing.ArticleSummary, error) {
	where, args := filterSQL(f.Tag, f.Outlet, f.Since, f.Until, f.Trashed)
	q := `SELECT ` + summaryColumns + ` FROM articles a WHERE 1` + where +
		` ORDER BY a.imported_at DESC, a.id DESC`
	limit := f.Limit
	if limit <= 0 {
		limit = 1 << 62 // no limit (PostgreSQL refuses SQLite's -1)
	}
	q += ` LIMIT ? OFFSET ?`
	args = append(args, limit, max(f.Offset, 0))
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	var out []briefing.ArticleSummary
	for rows.Next() {
		a, err := scanSummary(rows)
		if err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}

// CountArticles returns how many articles are in the archive, not counting
// the trash.
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	var n int
	err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE `+notTrashed("id")).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// notTrashed is the condition "the article with this id is not in the
// trash", written against the small partial index of trashed articles
// (migration 0004). Testing trashed_at itself would read each row's last
// column, past the body's overflow pages: on a 100,000-article archive that
// made a plain count read the whole 570 MB file (0.3–0.6 s at start-up).
func notTrashed(idExpr string) string {
	return idExpr + " NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)"
}
