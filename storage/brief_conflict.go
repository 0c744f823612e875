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
		if err := checkVersion(ctx, tx, b.ID, b.UpdatedAt); err != nil {
			return err
		}
		if err := updateBrief(ctx, tx, b); err != nil {
			return err
		}
		var err error
		if updated, err = storedVersion(ctx, tx, b.ID); err != nil {
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

// SetBriefSourcesIfUnchanged is SetBriefSources with the version check of
// SaveBriefIfUnchanged: version is the brief's UpdatedAt the caller edited.
// A source change moves the version too, so an editor that changed the
// sources without this check would take a colleague's save for its own.
// It returns the brief's new UpdatedAt.
func (s *Store) SetBriefSourcesIfUnchanged(ctx context.Context, briefID int64, version time.Time, articleIDs []int64) (time.Time, error) {
	var updated time.Time
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := checkVersion(ctx, tx, briefID, version); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE briefs SET updated_at = ? WHERE id = ?`, formatTime(now()), briefID)
		if err != nil {
			return err
		}
		if err := mustAffect(res); err != nil {
			return err
		}
		if err := setSources(ctx, tx, briefID, articleIDs); err != nil {
			return err
		}
		updated, err = storedVersion(ctx, tx, briefID)
		return err
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("set sources of brief %d: %w", briefID, err)
	}
	return updated, nil
}

// storedVersion is the UpdatedAt of brief id inside tx.
func storedVersion(ctx context.Context, tx *sql.Tx, id int64) (time.Time, error) {
	var stored time.Time
	err := tx.QueryRowContext(ctx, `SELECT updated_at FROM briefs WHERE id = ?`, id).Scan(scanTime(&stored))
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, ErrNotFound
	}
	return stored, err
}

// checkVersion returns ErrConflict, wrapped with both versions, unless brief
// id is stored at version.
func checkVersion(ctx context.Context, tx *sql.Tx, id int64, version time.Time) error {
	stored, err := storedVersion(ctx, tx, id)
	if err != nil {
		return err
	}
	if !stored.Equal(version) {
		return fmt.Errorf("%w: saved at %s, you edited the version of %s",
			ErrConflict, formatTime(stored), formatTime(version))
	}
	return nil
}
