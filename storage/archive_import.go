package storage

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/briefdesk/briefdesk/briefing"
)

// ImportArchive reads a bundle written by ExportArchive, in one transaction:
// all of it is stored or, on error, none. Articles already in the archive
// (same content hash or URL) are not stored twice; their tags are merged and
// briefs in the bundle cite the existing article. A brief already in the
// archive (same creation instant and title: the same bundle imported again)
// is kept as it is, and so are its revisions. Ids from the bundle are
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
	// Cancellation is checked between records, not on every statement
	// (see AddArticles).
	cancel := ctx
	ctx = context.WithoutCancel(ctx)
	// Records are decoded, checked and fingerprinted on another goroutine
	// (another core) while this one writes the records before them.
	recs := make(chan bundleRecord, 32)
	stop, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		decodeRecords(dec, recs, stop)
	}()
	defer func() {
		close(stop)
		<-finished // r is not read once ImportArchive has returned
	}()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		im := archiveImport{tx: tx, ids: map[int64]int64{}, briefs: map[int64]int64{}, fts: ftsFill{off: s.pg != nil}}
		defer func() {
			if im.dups != nil {
				im.dups.close()
			}
		}()
		for rec := range recs {
			if err := cancel.Err(); err != nil {
				return err
			}
			if err := im.record(ctx, rec); err != nil {
				return fmt.Errorf("record %d: %w", rec.line, err)
			}
		}
		return im.fts.fill(ctx, tx)
	})
	if err != nil {
		return fmt.Errorf("import archive: %w", err)
	}
	return nil
}

// ftsChunk is how many new articles of a bundle are indexed for search at
// a time.
const ftsChunk = 2000

// bundleRecord is one decoded line of a bundle: exactly one of article
// (with its fingerprint), brief and revision is set, or err.
type bundleRecord struct {
	line     int
	article  *bundleArticle
	fp       fingerprint
	brief    *bundleBrief
	revision *bundleRevision
	err      error
}

// decodeRecords decodes the records after the header into out, in order,
// and closes it at the end of the bundle or after the first error; it
// stops early when stop is closed.
func decodeRecords(dec *json.Decoder, out chan<- bundleRecord, stop <-chan struct{}) {
	defer close(out)
	for line := 2; ; line++ {
		rec := decodeRecord(dec, line)
		if rec.err == io.EOF {
			return
		}
		select {
		case out <- rec:
		case <-stop:
			return
		}
		if rec.err != nil {
			return
		}
	}
}

func decodeRecord(dec *json.Decoder, line int) bundleRecord {
	rec := bundleRecord{line: line}
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		rec.err = err
		return rec
	}
	var kind struct {
		Kind string `json:"kind"`
	}
	if rec.err = json.Unmarshal(raw, &kind); rec.err != nil {
		return rec
	}
	switch kind.Kind {
	case "article":
		var a bundleArticle
		if rec.err = json.Unmarshal(raw, &a); rec.err == nil {
			rec.err = prepareArticle(&a)
			rec.article = &a
			// The fingerprint of the text as imported, as AddArticles files it.
			text := a.Text
			if o := a.Original; o != nil {
				text = o.Text
			}
			if rec.err == nil {
				rec.fp = fingerprintOf(text)
			}
		}
	case "brief":
		var b bundleBrief
		rec.err = json.Unmarshal(raw, &b)
		rec.brief = &b
	case "revision":
		var r bundleRevision
		rec.err = json.Unmarshal(raw, &r)
		rec.revision = &r
	default:
		rec.err = fmt.Errorf("unknown record kind %q", kind.Kind)
	}
	return rec
}

// archiveImport carries the state of one ImportArchive.
type archiveImport struct {
	tx     *sql.Tx
	ids    map[int64]int64 // bundle article id -> archive article id
	briefs map[int64]int64 // bundle brief id -> archive brief id
	known  map[int64]bool  // archive briefs that were already there
	dups   *nearDupIndexer // made at the first new article
	fts    ftsFill         // new articles, indexed for search at the end
}

func (im *archiveImport) record(ctx context.Context, rec bundleRecord) error {
	switch {
	case rec.err != nil:
		return rec.err
	case rec.article != nil:
		return im.article(ctx, *rec.article, rec.fp)
	case rec.brief != nil:
		return im.brief(ctx, *rec.brief)
	}
	return im.revision(ctx, *rec.revision)
}

// prepareArticle checks a bundle article and puts it in the shape it is
// stored in: hash and word count recomputed, metadata cleaned and capped.
// It needs no transaction.
func prepareArticle(a *bundleArticle) error {
	if err := a.check(); err != nil {
		return fmt.Errorf("article %d: %w", a.ID, err)
	}
	// The bundle's hash and word count are not trusted: a wrong hash would
	// make a genuine article imported later look like a duplicate. The hash
	// is the one of the text as imported (the original of an edited
	// article), as AddArticles and UpdateArticle keep it.
	imported := a.Text
	if a.Original != nil {
		imported = a.Original.Text
	}
	a.ContentHash = briefing.ContentHash(imported)
	a.WordCount = briefing.WordCount(a.Text)
	// Metadata loses its control characters, as at any import.
	a.Title, a.Outlet = briefing.StripControl(a.Title), briefing.StripControl(a.Outlet)
	a.Author, a.URL = briefing.StripControl(a.Author), briefing.StripControl(a.URL)
	capped := briefing.Article{Title: a.Title, Outlet: a.Outlet, Author: a.Author, Language: a.Language, URL: a.URL}
	briefing.CapMetadata(&capped)
	a.Title, a.Outlet, a.Author, a.Language, a.URL = capped.Title, capped.Outlet, capped.Author, capped.Language, capped.URL
	return nil
}

func (im *archiveImport) article(ctx context.Context, a bundleArticle, fp fingerprint) error {
	tx := im.tx
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
		im.fts.add(id)
		if len(im.fts.ids) >= ftsChunk {
			// Indexed as the bundle streams in, while the next records
			// are decoded, rather than all at the end.
			if err := im.fts.fill(ctx, tx); err != nil {
				return err
			}
		}
		if im.dups == nil {
			if im.dups, err = newNearDupIndexer(ctx, tx); err != nil {
				return err
			}
		}
		if err := im.dups.add(ctx, id, fp); err != nil {
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
	if err := b.check(); err != nil {
		return fmt.Errorf("brief %d: %w", b.ID, err)
	}
	if err := checkItems(b.Actors, b.StickingPoints); err != nil {
		return fmt.Errorf("brief %d: %w", b.ID, err)
	}
	// A brief is recognised by its bundle identity: the instant it was
	// created (stored to the nanosecond) and its title. One already here
	// (the same bundle imported again) is kept as it is; its revisions
	// are matched by when they were saved.
	if b.CreatedAt != "" {
		var have int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM briefs WHERE created_at = ? AND title = ? ORDER BY id LIMIT 1`,
			b.CreatedAt, b.Title).Scan(&have)
		switch {
		case err == nil:
			im.briefs[b.ID] = have
			if im.known == nil {
				im.known = map[int64]bool{}
			}
			im.known[have] = true
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("brief %d: %w", b.ID, err)
		}
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
	if err := r.check(); err != nil {
		return fmt.Errorf("revision %d: %w", r.ID, err)
	}
	briefID, ok := im.briefs[r.BriefID]
	if !ok {
		return fmt.Errorf("revision %d belongs to brief %d, which is not in the bundle", r.ID, r.BriefID)
	}
	if err := checkItems(r.Actors, r.StickingPoints); err != nil {
		return fmt.Errorf("revision %d: %w", r.ID, err)
	}
	if im.known[briefID] {
		var n int
		if err := im.tx.QueryRowContext(ctx, `SELECT count(*) FROM brief_revisions WHERE brief_id = ? AND saved_at = ?`,
			briefID, r.SavedAt).Scan(&n); err != nil {
			return fmt.Errorf("revision %d: %w", r.ID, err)
		}
		if n > 0 {
			return nil // already here with its brief
		}
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
