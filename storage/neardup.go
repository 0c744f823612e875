package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage/internal/neardup"
)

// Near-duplicates are computed on the text as imported: a user's edit of
// an article's body does not move it between groups (as it does not change
// its content hash).

// NearDuplicateGroup is the near-duplicate group of an article.
type NearDuplicateGroup struct {
	// ID names the group: the id of the first archived article of the story.
	ID int64
	// Size counts the group's articles outside the trash, the article itself
	// included (when it is not in the trash).
	Size int
}

// The pure computation lives in storage/internal/neardup; these names keep
// the indexer and its callers short.
type fingerprint = neardup.Fingerprint

func fingerprintOf(text string) fingerprint     { return neardup.Of(text) }
func fingerprints(texts []string) []fingerprint { return neardup.All(texts) }

// nearDupIndexer files articles into near-duplicate groups inside a write
// transaction.
type nearDupIndexer struct {
	lookup, band, sig, body *sql.Stmt
}

func newNearDupIndexer(ctx context.Context, tx *sql.Tx) (*nearDupIndexer, error) {
	var x nearDupIndexer
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		{&x.lookup, `SELECT article_id FROM article_lsh WHERE band_key IN (` + params(neardup.Bands) + `)`},
		{&x.band, `INSERT OR IGNORE INTO article_lsh (band_key, article_id) VALUES ` + bandRows()},
		{&x.sig, `INSERT OR REPLACE INTO article_minhash (article_id, signature, group_id) VALUES (?, ?, ?)`},
		{&x.body, `SELECT coalesce(o.body, a.body), m.group_id FROM articles a
			JOIN article_minhash m ON m.article_id = a.id
			LEFT JOIN article_originals o ON o.article_id = a.id WHERE a.id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			x.close()
			return nil, err
		}
		*p.st = st
	}
	return &x, nil
}

func (x *nearDupIndexer) close() {
	for _, st := range []*sql.Stmt{x.lookup, x.band, x.sig, x.body} {
		if st != nil {
			st.Close()
		}
	}
}

// add files article id, whose body has fingerprint fp: it joins the group
// of the most similar earlier article at neardup.Threshold or above, or
// starts its own.
func (x *nearDupIndexer) add(ctx context.Context, id int64, fp fingerprint) error {
	group := id
	if fp.Sig != nil {
		// One statement each for the lookup and the insert of all bands:
		// a statement costs more in database/sql than in SQLite.
		keys := make([]any, neardup.Bands)
		for i, key := range fp.Bands {
			keys[i] = key
		}
		var cands []int64
		rows, err := x.lookup.QueryContext(ctx, keys...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c int64
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return err
			}
			if c != id {
				cands = append(cands, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(cands) > 0 {
			fp.Shingles = neardup.Set(fp.Shingles)
			if group, err = x.closestGroup(ctx, cands, fp.Shingles, id); err != nil {
				return err
			}
		}
		if _, err := x.band.ExecContext(ctx, append([]any{id}, keys...)...); err != nil {
			return err
		}
	}
	sig := fp.Sig
	if sig == nil {
		sig = []byte{}
	}
	_, err := x.sig.ExecContext(ctx, id, sig, group)
	return err
}

// closestGroup is the group of the candidate most similar to shingles (a
// sorted set) if that one is a near-duplicate (ties go to the later id), else
// own.
func (x *nearDupIndexer) closestGroup(ctx context.Context, cands []int64, shingles []uint64, own int64) (int64, error) {
	slices.Sort(cands)
	group, best := own, 0.0
	for _, c := range slices.Compact(cands) {
		var body string
		var g int64
		err := x.body.QueryRowContext(ctx, c).Scan(&body, &g)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return 0, err
		}
		if j := neardup.Jaccard(shingles, neardup.Shingles(body)); neardup.Near(j) && j >= best {
			best, group = j, g
		}
	}
	return group, nil
}

// IndexNearDuplicates files the articles that have no near-duplicate group
// yet — those archived before schema version 5 — in batches of 500, each
// its own transaction, and returns how many it filed. New articles are
// filed as they are added, so this is needed once per old archive; it can
// run in the background and be cancelled through ctx (what was filed
// stays). About 100,000 articles a minute on this machine.
func (s *Store) IndexNearDuplicates(ctx context.Context) (int, error) {
	// The usual case, every article filed, is answered from two small
	// indexes without taking the write lock or reading any article row.
	var unfiled int
	err := s.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles)
		- (SELECT count(*) FROM article_minhash)`).Scan(&unfiled)
	if err != nil {
		return 0, fmt.Errorf("index near-duplicates: %w", err)
	}
	if unfiled <= 0 {
		return 0, nil
	}
	total := 0
	for {
		n, err := s.indexNearDuplicateBatch(ctx, 500)
		total += n
		if err != nil {
			return total, fmt.Errorf("index near-duplicates: %w", err)
		}
		if n == 0 {
			return total, nil
		}
	}
}

func (s *Store) indexNearDuplicateBatch(ctx context.Context, batch int) (int, error) {
	n := 0
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// The ids come from an index that covers them, so finding the
		// unfiled articles does not read every article's row and body.
		rows, err := tx.QueryContext(ctx, `SELECT a.id, coalesce(o.body, a.body) FROM articles a
			LEFT JOIN article_originals o ON o.article_id = a.id
			WHERE a.id IN (SELECT id FROM articles INDEXED BY articles_imported
				WHERE id NOT IN (SELECT article_id FROM article_minhash) LIMIT ?)
			ORDER BY a.id`, batch)
		if err != nil {
			return err
		}
		var ids []int64
		var texts []string
		for rows.Next() {
			var id int64
			var body string
			if err := rows.Scan(&id, &body); err != nil {
				rows.Close()
				return err
			}
			ids, texts = append(ids, id), append(texts, body)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		x, err := newNearDupIndexer(ctx, tx)
		if err != nil {
			return err
		}
		defer x.close()
		for i, fp := range fingerprints(texts) {
			if err := x.add(ctx, ids[i], fp); err != nil {
				return err
			}
		}
		n = len(ids)
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// NearDuplicates returns the other articles (not in the trash) of article
// id's near-duplicate group, oldest first: the same story under other
// headlines. It returns none for an article without near-duplicates and
// ErrNotFound for an id not in the archive.
func (s *Store) NearDuplicates(ctx context.Context, id int64) ([]briefing.ArticleSummary, error) {
	if err := articleExists(ctx, s.read, id); err != nil {
		return nil, fmt.Errorf("near-duplicates of article %d: %w", id, err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT `+summaryColumns+`
		FROM article_minhash g JOIN articles a ON a.id = g.article_id
		WHERE g.group_id = (SELECT group_id FROM article_minhash WHERE article_id = ?1)
		  AND a.id <> ?1 AND a.trashed_at IS NULL
		ORDER BY a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("near-duplicates of article %d: %w", id, err)
	}
	defer rows.Close()
	var out []briefing.ArticleSummary
	for rows.Next() {
		a, err := scanSummary(rows)
		if err != nil {
			return nil, fmt.Errorf("near-duplicates of article %d: %w", id, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// DuplicateGroups tells a list view which of the listed articles belong to
// a near-duplicate group of two or more articles outside the trash (so that
// one wire story shows as one story with, say, "5 versions"). Articles
// without near-duplicates are absent from the map. One query for the whole
// page of ids.
func (s *Store) DuplicateGroups(ctx context.Context, ids []int64) (map[int64]NearDuplicateGroup, error) {
	out := map[int64]NearDuplicateGroup{}
	if len(ids) == 0 {
		return out, nil
	}
	if s.pg != nil {
		return s.duplicateGroupsPG(ctx, ids, out)
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := s.read.QueryContext(ctx, `SELECT m.article_id, m.group_id,
		(SELECT count(*) FROM article_minhash g WHERE g.group_id = m.group_id
		   AND g.article_id NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL))
		FROM article_minhash m WHERE m.article_id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("near-duplicate groups: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var g NearDuplicateGroup
		if err := rows.Scan(&id, &g.ID, &g.Size); err != nil {
			return nil, fmt.Errorf("near-duplicate groups: %w", err)
		}
		if g.Size >= 2 {
			out[id] = g
		}
	}
	return out, rows.Err()
}

// params returns n comma-separated "?" placeholders.
func params(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// bandRows returns the VALUES rows of the band insert: (?2, ?1), (?3, ?1)...
// with ?1 the article id and ?2... the band keys.
func bandRows() string {
	rows := make([]string, neardup.Bands)
	for i := range rows {
		rows[i] = fmt.Sprintf("(?%d, ?1)", i+2)
	}
	return strings.Join(rows, ", ")
}
