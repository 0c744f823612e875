package storage

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
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

	sources := map[int64][]int64{}
	rows, err = tx.QueryContext(ctx, `SELECT brief_id, article_id FROM brief_sources ORDER BY brief_id, position`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var b, a int64
		if err := rows.Scan(&b, &a); err != nil {
			rows.Close()
			return err
		}
		sources[b] = append(sources[b], a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
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

// ImportArchive reads a bundle written by ExportArchive, in one transaction:
// all of it is stored or, on error, none. Articles already in the archive
// (same content hash or URL) are not stored twice; their tags are merged and
// briefs in the bundle cite the existing article. Ids from the bundle are
// kept when free, so importing into an empty archive reproduces it exactly.
func (s *Store) ImportArchive(ctx context.Context, r io.Reader) error {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	var h bundleHeader
	if err := dec.Decode(&h); err != nil {
		return fmt.Errorf("import archive: reading header: %w", err)
	}
	if h.Kind != "header" || h.Format != bundleFormat {
		return errors.New("import archive: not a Briefdesk archive bundle")
	}
	if h.Version > bundleVersion {
		return fmt.Errorf("import archive: %w: bundle version %d, this Briefdesk reads up to %d",
			ErrNewerSchema, h.Version, bundleVersion)
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		im := archiveImport{tx: tx, ids: map[int64]int64{}, briefs: map[int64]int64{}}
		defer func() {
			if im.dups != nil {
				im.dups.close()
			}
		}()
		for line := 2; ; line++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err == io.EOF {
				return nil
			} else if err != nil {
				return fmt.Errorf("record %d: %w", line, err)
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := im.record(ctx, raw); err != nil {
				return fmt.Errorf("record %d: %w", line, err)
			}
		}
	})
	if err != nil {
		return fmt.Errorf("import archive: %w", err)
	}
	return nil
}

// archiveImport carries the state of one ImportArchive.
type archiveImport struct {
	tx     *sql.Tx
	ids    map[int64]int64 // bundle article id -> archive article id
	briefs map[int64]int64 // bundle brief id -> archive brief id
	dups   *nearDupIndexer // made at the first new article
}

func (im *archiveImport) record(ctx context.Context, raw json.RawMessage) error {
	var kind struct {
		Kind string `json:"kind"`
	}
	if err := json.Unmarshal(raw, &kind); err != nil {
		return err
	}
	switch kind.Kind {
	case "article":
		var a bundleArticle
		if err := json.Unmarshal(raw, &a); err != nil {
			return err
		}
		return im.article(ctx, a)
	case "brief":
		var b bundleBrief
		if err := json.Unmarshal(raw, &b); err != nil {
			return err
		}
		return im.brief(ctx, b)
	case "revision":
		var r bundleRevision
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		return im.revision(ctx, r)
	}
	return fmt.Errorf("unknown record kind %q", kind.Kind)
}

func (im *archiveImport) article(ctx context.Context, a bundleArticle) error {
	tx := im.tx
	if a.ContentHash == "" {
		return fmt.Errorf("article %d has no content hash", a.ID)
	}
	for _, t := range []string{a.Published, a.ImportedAt} {
		if _, err := parseTime(t); err != nil {
			return fmt.Errorf("article %d: %w", a.ID, err)
		}
	}
	var id int64
	err := tx.QueryRowContext(ctx, findDuplicateSQL, a.ContentHash, a.URL).Scan(&id)
	switch {
	case err == nil: // already archived: keep it, merge the tags
	case errors.Is(err, sql.ErrNoRows):
		var newID any
		if free, err := idFree(ctx, tx, "articles", a.ID); err != nil {
			return err
		} else if free {
			newID = a.ID
		}
		var trashed any
		if a.TrashedAt != nil {
			trashed = *a.TrashedAt
		}
		res, err := tx.ExecContext(ctx, insertArticleSQL, newID, a.Title, a.Outlet, a.Author, a.URL,
			a.Published, a.ImportedAt, a.Language, a.Text, a.RawHTML, a.ContentHash, a.WordCount, trashed)
		if err != nil {
			return fmt.Errorf("article %d: %w", a.ID, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		if im.dups == nil {
			if im.dups, err = newNearDupIndexer(ctx, tx); err != nil {
				return err
			}
		}
		// The fingerprint of the text as imported, as AddArticles files it.
		text := a.Text
		if o := a.Original; o != nil {
			text = o.Text
		}
		if err := im.dups.add(ctx, id, fingerprintOf(text)); err != nil {
			return fmt.Errorf("article %d: near-duplicates: %w", a.ID, err)
		}
		if o := a.Original; o != nil {
			if _, err := tx.ExecContext(ctx, `INSERT INTO article_originals
				(article_id, title, outlet, author, url, published, language, body, saved_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				id, o.Title, o.Outlet, o.Author, o.URL, o.Published, o.Language, o.Text, o.SavedAt); err != nil {
				return fmt.Errorf("article %d: original: %w", a.ID, err)
			}
		}
	default:
		return err
	}
	im.ids[a.ID] = id
	for _, tag := range a.Tags {
		if _, err := tx.ExecContext(ctx, `INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, tag); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO article_tags (article_id, tag_id)
			SELECT ?, id FROM tags WHERE name = ?`, id, tag); err != nil {
			return err
		}
	}
	return nil
}

func (im *archiveImport) brief(ctx context.Context, b bundleBrief) error {
	tx := im.tx
	if err := checkItems(b.Actors, b.StickingPoints); err != nil {
		return fmt.Errorf("brief %d: %w", b.ID, err)
	}
	newID, err := keepID(ctx, tx, "briefs", b.ID)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO briefs (id, title, author, handling, version, as_of,
		summary, actors, sticking_points, outlook, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		newID, b.Title, b.Author, b.Handling, b.Version, b.AsOf, b.Summary, string(b.Actors),
		string(b.StickingPoints), b.Outlook, b.CreatedAt, b.UpdatedAt)
	if err != nil {
		return fmt.Errorf("brief %d: %w", b.ID, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	im.briefs[b.ID] = id
	var ids []int64
	for _, aid := range b.Sources {
		mapped, ok := im.ids[aid]
		if !ok {
			return fmt.Errorf("brief %d cites article %d, which is not in the bundle", b.ID, aid)
		}
		ids = append(ids, mapped)
	}
	return setSources(ctx, tx, id, ids)
}

// revision stores a brief revision under the brief it belongs to.
func (im *archiveImport) revision(ctx context.Context, r bundleRevision) error {
	briefID, ok := im.briefs[r.BriefID]
	if !ok {
		return fmt.Errorf("revision %d belongs to brief %d, which is not in the bundle", r.ID, r.BriefID)
	}
	if err := checkItems(r.Actors, r.StickingPoints); err != nil {
		return fmt.Errorf("revision %d: %w", r.ID, err)
	}
	if _, err := parseTime(r.SavedAt); err != nil {
		return fmt.Errorf("revision %d: %w", r.ID, err)
	}
	newID, err := keepID(ctx, im.tx, "brief_revisions", r.ID)
	if err != nil {
		return err
	}
	_, err = im.tx.ExecContext(ctx, `INSERT INTO brief_revisions (id, brief_id, saved_at, note, title,
		author, handling, version, as_of, summary, actors, sticking_points, outlook)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		newID, briefID, r.SavedAt, r.Note, r.Title, r.Author, r.Handling, r.Version, r.AsOf,
		r.Summary, string(r.Actors), string(r.StickingPoints), r.Outlook)
	if err != nil {
		return fmt.Errorf("revision %d: %w", r.ID, err)
	}
	return nil
}

// checkItems makes sure each list section is a JSON array of strings.
func checkItems(lists ...json.RawMessage) error {
	for _, items := range lists {
		var check []string
		if err := json.Unmarshal(items, &check); err != nil {
			return fmt.Errorf("items: %w", err)
		}
	}
	return nil
}

// keepID returns id when it is free in table, so a bundle imported into an
// empty archive keeps its ids, and nil (a new id) otherwise.
func keepID(ctx context.Context, tx *sql.Tx, table string, id int64) (any, error) {
	free, err := idFree(ctx, tx, table, id)
	if err != nil || !free {
		return nil, err
	}
	return id, nil
}

// idFree reports whether id is unused in table (id 0 never counts as free).
func idFree(ctx context.Context, tx *sql.Tx, table string, id int64) (bool, error) {
	if id <= 0 {
		return false, nil
	}
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+table+` WHERE id = ?`, id).Scan(&n)
	return n == 0, err
}
