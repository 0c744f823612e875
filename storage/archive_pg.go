package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// duplicateGroupsPG is DuplicateGroups on PostgreSQL: the page of ids is
// one array parameter (SQLite reads it with json_each).
func (s *Store) duplicateGroupsPG(ctx context.Context, ids []int64, out map[int64]NearDuplicateGroup) (map[int64]NearDuplicateGroup, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT m.article_id, m.group_id,
		(SELECT count(*) FROM article_minhash g WHERE g.group_id = m.group_id
		   AND g.article_id NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL))
		FROM article_minhash m WHERE m.article_id = ANY(?)`, ids)
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

// backupPG is Backup on PostgreSQL: a SQLite archive file holding the
// whole archive, made by streaming ExportArchive (one snapshot) into
// ImportArchive of a new file beside path, then renamed into place, so a
// failure leaves no partial file. The copy opens with Open like any
// archive: a team archive's backup is a laptop archive. (The server's own
// pg_dump backups are the desk's business; this is the analyst's copy.)
func (s *Store) backupPG(ctx context.Context, path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".briefdesk-backup-*")
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	name := tmp.Name()
	tmp.Close()
	ok := false
	defer func() {
		for _, suffix := range []string{"-wal", "-shm"} {
			os.Remove(name + suffix)
		}
		if !ok {
			os.Remove(name)
		}
	}()
	dst, err := Open(name)
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	pr, pw := io.Pipe()
	exported := make(chan error, 1)
	go func() {
		err := s.ExportArchive(ctx, pw)
		pw.CloseWithError(err)
		exported <- err
	}()
	err = dst.ImportArchive(ctx, pr)
	pr.CloseWithError(errors.New("import stopped"))
	if xerr := <-exported; xerr != nil {
		err = xerr
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = syncFile(name)
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	ok = true
	return nil
}

// optimizePG is Optimize on PostgreSQL: VACUUM merges the full-text
// index's pending entries into the GIN index and ANALYZE refreshes the
// planner's statistics after a bulk import.
func (s *Store) optimizePG(ctx context.Context) error {
	if _, err := s.write.ExecContext(ctx, `VACUUM (ANALYZE) articles`); err != nil {
		return fmt.Errorf("optimize search index: %w", err)
	}
	return nil
}
