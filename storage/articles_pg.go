package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/storage/internal/neardup"
)

// addArticlesPG is AddArticles on PostgreSQL, with the same results: the
// batch is stored in a fixed number of statements instead of five round
// trips an article (the duplicate check, the insert, the band lookup, the
// bands, the signature). One statement finds every article's archived
// duplicate; duplicates within the batch are found here, in input order,
// as the one-by-one checks would have found the batch's earlier articles;
// one INSERT ... SELECT FROM unnest stores the new articles, ids in input
// order; one statement fetches the archived articles that share a band
// with any new one; the near-duplicate groups are then chosen here, in
// input order, over those and the batch's earlier articles (a candidate
// from the archive costs a statement for its body, as before); and two
// statements store the bands and signatures.
func addArticlesPG(ctx context.Context, tx *sql.Tx, as []briefing.Article, fps []fingerprint) ([]AddResult, error) {
	results := make([]AddResult, len(as))
	stamp := now()
	as = slices.Clone(as)
	hashes, urls := make([]string, len(as)), make([]string, len(as))
	for i := range as {
		if as[i].ContentHash == "" {
			as[i].Finish()
		}
		if as[i].ImportedAt.IsZero() {
			as[i].ImportedAt = stamp
		}
		hashes[i], urls[i] = as[i].ContentHash, as[i].URL
	}
	archived, err := archivedDuplicates(ctx, tx, hashes, urls)
	if err != nil {
		return nil, err
	}
	// Duplicates: of an archived article (its id now), or of a new article
	// earlier in the batch (its index, the id once inserted).
	byHash, byURL := map[string]int{}, map[string]int{}
	dupOf := make([]int, len(as))
	var fresh []int // indexes of the new articles, in input order
	for i, a := range as {
		dupOf[i] = -1
		d := archived[i]
		j, ok := byHash[a.ContentHash]
		switch {
		case d.hash != 0:
			results[i] = AddResult{ID: d.hash, Duplicate: true}
		case ok:
			dupOf[i] = j
		case d.url != 0:
			results[i] = AddResult{ID: d.url, Duplicate: true}
		default:
			if j, ok := byURL[a.URL]; ok && a.URL != "" {
				dupOf[i] = j
			} else if d.original != 0 {
				results[i] = AddResult{ID: d.original, Duplicate: true}
			} else {
				byHash[a.ContentHash] = i
				if a.URL != "" {
					byURL[a.URL] = i
				}
				fresh = append(fresh, i)
			}
		}
	}
	if err := insertFresh(ctx, tx, as, fresh, results); err != nil {
		return nil, err
	}
	for i, j := range dupOf {
		if j >= 0 {
			results[i] = AddResult{ID: results[j].ID, Duplicate: true}
		}
	}
	if err := fileNearDuplicatesPG(ctx, tx, as, fps, fresh, results); err != nil {
		return nil, fmt.Errorf("near-duplicates: %w", err)
	}
	return results, nil
}

// archivedDup is what findDuplicateSQL's three branches find for one
// article (0: nothing).
type archivedDup struct{ hash, url, original int64 }

// archivedDuplicates runs findDuplicateSQL's checks for every article at
// once. The tests for a non-empty URL name the column (url, not x.u), so
// that the partial indexes serve: naming x.u, each check was a seq scan,
// 14 s of a 20,000-article import.
func archivedDuplicates(ctx context.Context, tx *sql.Tx, hashes, urls []string) ([]archivedDup, error) {
	rows, err := tx.QueryContext(ctx, `SELECT
		coalesce((SELECT id FROM articles WHERE content_hash = x.h LIMIT 1), 0),
		coalesce((SELECT id FROM articles WHERE url = x.u AND url <> '' LIMIT 1), 0),
		coalesce((SELECT article_id FROM article_originals WHERE url = x.u AND url <> '' LIMIT 1), 0)
		FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(h, u, i) ORDER BY x.i`, hashes, urls)
	if err != nil {
		return nil, fmt.Errorf("checking for duplicates: %w", err)
	}
	defer rows.Close()
	out := make([]archivedDup, 0, len(hashes))
	for rows.Next() {
		var d archivedDup
		if err := rows.Scan(&d.hash, &d.url, &d.original); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) != len(hashes) {
		return nil, fmt.Errorf("checking for duplicates: %d answers for %d articles", len(out), len(hashes))
	}
	return out, nil
}

// insertFresh stores the articles as[fresh] in one statement, ids in input
// order, and sets their results' ids.
func insertFresh(ctx context.Context, tx *sql.Tx, as []briefing.Article, fresh []int, results []AddResult) error {
	if len(fresh) == 0 {
		return nil
	}
	n := len(fresh)
	title, outlet, author, url := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	published, imported, lang, body := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	raw, hash, words := make([]string, n), make([]string, n), make([]int64, n)
	for k, i := range fresh {
		a := as[i]
		title[k], outlet[k], author[k], url[k] = a.Title, a.Outlet, a.Author, a.URL
		published[k], imported[k], lang[k], body[k] = formatTime(a.Published), formatTime(a.ImportedAt), a.Language, a.Text
		raw[k], hash[k], words[k] = a.RawHTML, a.ContentHash, int64(a.WordCount)
	}
	rows, err := tx.QueryContext(ctx, `INSERT INTO articles (title, outlet, author, url, published,
		imported_at, language, body, raw_html, content_hash, word_count)
		SELECT t, o, au, u, p, im, l, b, r, h, w FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
			$5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[])
			WITH ORDINALITY AS x(t, o, au, u, p, im, l, b, r, h, w, i)
		ORDER BY x.i RETURNING id, content_hash`,
		title, outlet, author, url, published, imported, lang, body, raw, hash, words)
	if err != nil {
		return fmt.Errorf("article %q…: %w", as[fresh[0]].Title, err)
	}
	defer rows.Close()
	ids := make(map[string]int64, n)
	for rows.Next() {
		var id int64
		var h string
		if err := rows.Scan(&id, &h); err != nil {
			return err
		}
		ids[h] = id
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, i := range fresh {
		id, ok := ids[as[i].ContentHash]
		if !ok {
			return fmt.Errorf("article %q: no id returned", as[i].Title)
		}
		results[i] = AddResult{ID: id}
	}
	return nil
}

// fileNearDuplicatesPG files the new articles as[fresh] (ids in results)
// into near-duplicate groups as nearDupIndexer.add does one by one.
func fileNearDuplicatesPG(ctx context.Context, tx *sql.Tx, as []briefing.Article, fps []fingerprint, fresh []int, results []AddResult) error {
	if len(fresh) == 0 {
		return nil
	}
	var keys []int64
	for _, i := range fresh {
		if fps[i].Sig != nil {
			keys = append(keys, fps[i].Bands[:]...)
		}
	}
	archived := map[int64][]int64{} // band key → archived article ids
	if len(keys) > 0 {
		var err error
		if archived, err = pairsByFirst(ctx, tx, `SELECT band_key, article_id FROM article_lsh WHERE band_key = ANY($1::bigint[])`, keys); err != nil {
			return err
		}
	}
	body, err := tx.PrepareContext(ctx, `SELECT coalesce(o.body, a.body), m.group_id FROM articles a
		JOIN article_minhash m ON m.article_id = a.id
		LEFT JOIN article_originals o ON o.article_id = a.id WHERE a.id = $1`)
	if err != nil {
		return err
	}
	defer body.Close()
	type filed struct {
		text  string
		group int64
	}
	batch := map[int64]filed{}    // the batch's articles filed so far
	banded := map[int64][]int64{} // band key → the batch's ids
	var bandKeys, bandIDs, sigIDs, groups []int64
	var sigs [][]byte
	for _, i := range fresh {
		id, fp := results[i].ID, fps[i]
		group := id
		if fp.Sig != nil {
			var cands []int64
			for _, k := range fp.Bands {
				for _, ids := range [][]int64{archived[k], banded[k]} {
					for _, c := range ids {
						if c != id {
							cands = append(cands, c)
						}
					}
				}
			}
			if len(cands) > 0 {
				shingles := neardup.Set(fp.Shingles)
				slices.Sort(cands)
				best := 0.0
				for _, c := range slices.Compact(cands) {
					f, ok := batch[c]
					if !ok {
						err := body.QueryRowContext(ctx, c).Scan(&f.text, &f.group)
						if errors.Is(err, sql.ErrNoRows) {
							continue
						}
						if err != nil {
							return err
						}
					}
					if j := neardup.Jaccard(shingles, neardup.Shingles(f.text)); neardup.Near(j) && j >= best {
						best, group = j, f.group
					}
				}
			}
			for _, k := range fp.Bands {
				banded[k] = append(banded[k], id)
				bandKeys, bandIDs = append(bandKeys, k), append(bandIDs, id)
			}
		}
		batch[id] = filed{text: as[i].Text, group: group}
		sig := fp.Sig
		if sig == nil {
			sig = []byte{}
		}
		sigIDs, sigs, groups = append(sigIDs, id), append(sigs, sig), append(groups, group)
	}
	if len(bandKeys) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_lsh (band_key, article_id)
			SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING`, bandKeys, bandIDs); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO article_minhash (article_id, signature, group_id)
		SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bigint[])
		ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature, group_id = excluded.group_id`,
		sigIDs, sigs, groups)
	return err
}
