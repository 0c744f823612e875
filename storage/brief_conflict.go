package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// ErrConflict is returned (wrapped, naming the brief and both versions) by
// SaveBriefIfUnchanged when the brief was saved by someone else after the
// version the caller edited: saving would overwrite their work.
var ErrConflict = errors.New("the brief was changed by someone else since you opened it")

// SaveBriefIfUnchanged is SaveBrief with a version check, for archives that
// several analysts share: b.UpdatedAt is the version the caller edited
// (as Brief returned it, or as the previous save returned). When the
// stored brief's UpdatedAt differs, nothing is written and ErrConflict is
// returned; the caller may reload the brief or save a copy (CreateBrief).
// It returns the revision kept (0 for none) and the brief's new
// UpdatedAt, the version to base the next save on. The check and the
// write are one transaction under the archive's write lock, so of two
// saves based on one version exactly one succeeds.
func (s *Store) SaveBriefIfUnchanged(ctx context.Context, b briefing.Brief, note string, keepEvery time.Duration) (int64, time.Time, error) {
	var revID int64
	var updated time.Time
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var stored time.Time
		err := tx.QueryRowContext(ctx, `SELECT updated_at FROM briefs WHERE id = ?`, b.ID).Scan(scanTime(&stored))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if !stored.Equal(b.UpdatedAt) {
			return fmt.Errorf("%w: saved at %s, you edited the version of %s",
				ErrConflict, formatTime(stored), formatTime(b.UpdatedAt))
		}
		if err := updateBrief(ctx, tx, b); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT updated_at FROM briefs WHERE id = ?`, b.ID).Scan(scanTime(&updated)); err != nil {
			return err
		}
		if note == "" {
			return nil
		}
		if keepEvery > 0 {
			last, err := latestRevisionTime(ctx, tx, b.ID)
			if err != nil {
				return err
			}
			if now().Sub(last) <= keepEvery {
				return nil
			}
		}
		revID, err = saveRevision(ctx, tx, b.ID, note)
		return err
	})
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("save brief %d: %w", b.ID, err)
	}
	return revID, updated, nil
}
