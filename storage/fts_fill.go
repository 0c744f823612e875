package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
)

// ftsFill indexes, in articles_fts, the articles a transaction inserted
// (migration 0007: no trigger does it). The ids are added as the rows are
// inserted and the index is filled by one statement at the end, so FTS5
// writes one segment for the whole batch instead of one per article.
// On PostgreSQL (off) the articles' own search column is filled as the
// rows are written and there is nothing to do.
type ftsFill struct {
	ids []int64
	off bool
}

func (f *ftsFill) add(id int64) { f.ids = append(f.ids, id) }

// fill indexes the added articles and forgets them. Ids that run without a
// gap (what SQLite gives the rows of one transaction) take a range scan;
// others (a bundle's own ids) are passed as a JSON array.
func (f *ftsFill) fill(ctx context.Context, tx *sql.Tx) error {
	if len(f.ids) == 0 || f.off {
		f.ids = f.ids[:0]
		return nil
	}
	ids := slices.Clone(f.ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var err error
	if lo, hi := ids[0], ids[len(ids)-1]; hi-lo == int64(len(ids)-1) {
		_, err = tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body)
			SELECT id, title, body FROM articles WHERE id BETWEEN ? AND ? ORDER BY id`, lo, hi)
	} else {
		list, jerr := json.Marshal(ids)
		if jerr != nil {
			return jerr
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body)
			SELECT id, title, body FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`, string(list))
	}
	if err != nil {
		return fmt.Errorf("indexing %d articles for search: %w", len(ids), err)
	}
	f.ids = f.ids[:0]
	return nil
}
