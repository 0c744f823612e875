package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// SaveBrief writes the sections and metadata of b (as UpdateBrief does) and,
// in the same transaction, keeps a revision of what it wrote noted note. The
// revision policy is the caller's, given by two arguments:
//   - note "" keeps no revision;
//   - keepEvery 0 keeps one on every call (an identical snapshot is not
//     stored twice, see SaveRevision);
//   - keepEvery > 0 keeps one only when the brief's newest revision is older
//     than that (the autosave's rhythm).
//
// It returns the id of the revision kept, 0 when none was.
func (s *Store) SaveBrief(ctx context.Context, b briefing.Brief, note string, keepEvery time.Duration) (int64, error) {
	var revID int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := updateBrief(ctx, tx, b); err != nil {
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
		var err error
		revID, err = saveRevision(ctx, tx, b.ID, note)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("save brief %d: %w", b.ID, err)
	}
	return revID, nil
}
