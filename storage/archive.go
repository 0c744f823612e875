package storage

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
)

// The archive bundle is JSON Lines: a header line, then one line per article
// (ascending id) and one per brief (ascending id). Stored values are written
// as stored, so export → import into an empty archive → export is
// byte-identical.

// bundleFormat names the bundle in its header line.
const bundleFormat = "briefdesk-archive"

// bundleVersion is the version of the bundle layout this code writes and reads.
const bundleVersion = 1

type bundleHeader struct {
	Kind    string `json:"kind"` // "header"
	Format  string `json:"format"`
	Version int    `json:"version"`
	Schema  int    `json:"schema"`
}

type bundleOriginal struct {
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Text      string `json:"text"`
	SavedAt   string `json:"saved_at"`
}

type bundleArticle struct {
	Kind        string          `json:"kind"` // "article"
	ID          int64           `json:"id"`
	Title       string          `json:"title"`
	Outlet      string          `json:"outlet"`
	Author      string          `json:"author"`
	URL         string          `json:"url"`
	Published   string          `json:"published"`
	ImportedAt  string          `json:"imported_at"`
	Language    string          `json:"language"`
	Text        string          `json:"text"`
	RawHTML     string          `json:"raw_html"`
	ContentHash string          `json:"content_hash"`
	WordCount   int             `json:"word_count"`
	TrashedAt   *string         `json:"trashed_at"`
	Tags        []string        `json:"tags"`
	Original    *bundleOriginal `json:"original,omitempty"`
}

type bundleBrief struct {
	Kind           string          `json:"kind"` // "brief"
	ID             int64           `json:"id"`
	Title          string          `json:"title"`
	Author         string          `json:"author"`
	Handling       string          `json:"handling"`
	Version        string          `json:"version"`
	AsOf           string          `json:"as_of"`
	Summary        string          `json:"summary"`
	Actors         json.RawMessage `json:"actors"`
	StickingPoints json.RawMessage `json:"sticking_points"`
	Outlook        string          `json:"outlook"`
	CreatedAt      string          `json:"created_at"`
	UpdatedAt      string          `json:"updated_at"`
	Sources        []int64         `json:"sources"` // article ids, in citation order
}

type bundleRevision struct {
	Kind           string          `json:"kind"` // "revision"
	ID             int64           `json:"id"`
	BriefID        int64           `json:"brief_id"`
	SavedAt        string          `json:"saved_at"`
	Note           string          `json:"note"`
	Title          string          `json:"title"`
	Author         string          `json:"author"`
	Handling       string          `json:"handling"`
	Version        string          `json:"version"`
	AsOf           string          `json:"as_of"`
	Summary        string          `json:"summary"`
	Actors         json.RawMessage `json:"actors"`
	StickingPoints json.RawMessage `json:"sticking_points"`
	Outlook        string          `json:"outlook"`
}

// ExportArchive writes the whole archive — articles with raw HTML, tags,
// originals of edited articles, trash, briefs, their sources and their
// revisions — as a JSON
// Lines bundle that ImportArchive reads back without loss.
func (s *Store) ExportArchive(ctx context.Context, w io.Writer) error {
	// One read transaction: the bundle is a snapshot even while imports run.
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("export archive: %w", err)
	}
	defer tx.Rollback()
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := exportBundle(ctx, tx, enc); err != nil {
		return fmt.Errorf("export archive: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export archive: %w", err)
	}
	return nil
}

func exportBundle(ctx context.Context, tx *sql.Tx, enc *json.Encoder) error {
	if err := enc.Encode(bundleHeader{Kind: "header", Format: bundleFormat, Version: bundleVersion, Schema: SchemaVersion()}); err != nil {
		return err
	}
	tags := map[int64][]string{}
	rows, err := tx.QueryContext(ctx, `SELECT at.article_id, t.name FROM article_tags at
		JOIN tags t ON t.id = at.tag_id ORDER BY at.article_id, t.name COLLATE NOCASE, t.name`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return err
		}
		tags[id] = append(tags[id], name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	rows, err = tx.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.author, a.url, a.published,
		a.imported_at, a.language, a.body, a.raw_html, a.content_hash, a.word_count, a.trashed_at,
		o.article_id IS NOT NULL, coalesce(o.title, ''), coalesce(o.outlet, ''), coalesce(o.author, ''),
		coalesce(o.url, ''), coalesce(o.published, ''), coalesce(o.language, ''), coalesce(o.body, ''),
		coalesce(o.saved_at, '')
		FROM articles a LEFT JOIN article_originals o ON o.article_id = a.id ORDER BY a.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		a := bundleArticle{Kind: "article"}
		var o bundleOriginal
		var edited bool
		var trashed sql.NullString
		if err := rows.Scan(&a.ID, &a.Title, &a.Outlet, &a.Author, &a.URL, &a.Published, &a.ImportedAt,
			&a.Language, &a.Text, &a.RawHTML, &a.ContentHash, &a.WordCount, &trashed, &edited,
			&o.Title, &o.Outlet, &o.Author, &o.URL, &o.Published, &o.Language, &o.Text, &o.SavedAt); err != nil {
			return err
		}
		if trashed.Valid {
			a.TrashedAt = &trashed.String
		}
		if edited {
			a.Original = &o
		}
		a.Tags = tags[a.ID]
		if a.Tags == nil {
			a.Tags = []string{}
		}
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()

	sources, err := pairsByFirst(ctx, tx, `SELECT brief_id, article_id FROM brief_sources ORDER BY brief_id, position`)
	if err != nil {
		return err
	}
	err = encodeRows(ctx, tx, enc, `SELECT `+briefColumns+` FROM briefs ORDER BY id`, func(rows *sql.Rows) (any, error) {
		b := bundleBrief{Kind: "brief"}
		var actors, sticking string
		err := rows.Scan(&b.ID, &b.Title, &b.Author, &b.Handling, &b.Version, &b.AsOf, &b.Summary,
			&actors, &sticking, &b.Outlook, &b.CreatedAt, &b.UpdatedAt)
		b.Actors, b.StickingPoints = json.RawMessage(actors), json.RawMessage(sticking)
		b.Sources = sources[b.ID]
		if b.Sources == nil {
			b.Sources = []int64{}
		}
		return b, err
	})
	if err != nil {
		return err
	}
	return encodeRows(ctx, tx, enc, `SELECT id, brief_id, saved_at, note, title, author, handling,
		version, as_of, summary, actors, sticking_points, outlook FROM brief_revisions ORDER BY id`,
		func(rows *sql.Rows) (any, error) {
			r := bundleRevision{Kind: "revision"}
			var actors, sticking string
			err := rows.Scan(&r.ID, &r.BriefID, &r.SavedAt, &r.Note, &r.Title, &r.Author, &r.Handling,
				&r.Version, &r.AsOf, &r.Summary, &actors, &sticking, &r.Outlook)
			r.Actors, r.StickingPoints = json.RawMessage(actors), json.RawMessage(sticking)
			return r, err
		})
}

// encodeRows writes one bundle record per row of query, made by record.
func encodeRows(ctx context.Context, tx *sql.Tx, enc *json.Encoder, query string,
	record func(*sql.Rows) (any, error)) error {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		v, err := record(rows)
		if err != nil {
			return err
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return rows.Err()
}

// pairsByFirst runs a query of two integer columns and groups the second
// by the first, in the order the rows come.
func pairsByFirst(ctx context.Context, tx *sql.Tx, query string, args ...any) (map[int64][]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]int64{}
	for rows.Next() {
		var k, v int64
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = append(out[k], v)
	}
	return out, rows.Err()
}
