package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// Revision is a saved state of a brief's text and header (not its sources).
type Revision struct {
	ID      int64
	BriefID int64
	SavedAt time.Time
	Note    string // why it was taken: "saved", "before Suggest", "autosave", …
	Brief   briefing.Brief
}

// SaveRevision snapshots the brief as stored now and returns the revision id.
// A snapshot identical to the newest revision is not stored again; its id is
// returned instead.
func (s *Store) SaveRevision(ctx context.Context, briefID int64, note string) (int64, error) {
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = saveRevision(ctx, tx, briefID, note)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("save revision of brief %d: %w", briefID, err)
	}
	return id, nil
}

// saveRevision is SaveRevision inside tx.
func saveRevision(ctx context.Context, tx *sql.Tx, briefID int64, note string) (int64, error) {
	b, err := scanBrief(tx.QueryRowContext(ctx, `SELECT `+briefColumns+` FROM briefs WHERE id = ?`, briefID))
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, err
	}
	actors, sticking, err := itemsJSON(b)
	if err != nil {
		return 0, err
	}
	var lastID int64
	var same bool
	err = tx.QueryRowContext(ctx, `SELECT id, title = ? AND author = ? AND handling = ? AND version = ?
		AND as_of = ? AND summary = ? AND actors = ? AND sticking_points = ? AND outlook = ?
		FROM brief_revisions WHERE brief_id = ? ORDER BY id DESC LIMIT 1`,
		b.Title, b.Author, b.Handling, b.Version, formatTime(b.AsOf), b.Summary, actors, sticking,
		b.Outlook, briefID).Scan(&lastID, &same)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if same {
		return lastID, nil
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO brief_revisions (brief_id, saved_at, note, title,
		author, handling, version, as_of, summary, actors, sticking_points, outlook)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		briefID, formatTime(now()), note, b.Title, b.Author, b.Handling, b.Version,
		formatTime(b.AsOf), b.Summary, actors, sticking, b.Outlook)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

const revisionColumns = `r.id, r.brief_id, r.saved_at, r.note, r.title, r.author, r.handling,
	r.version, r.as_of, r.summary, r.actors, r.sticking_points, r.outlook`

func scanRevision(sc interface{ Scan(...any) error }) (Revision, error) {
	var r Revision
	var actors, sticking string
	b := &r.Brief
	err := sc.Scan(&r.ID, &r.BriefID, scanTime(&r.SavedAt), &r.Note, &b.Title, &b.Author, &b.Handling,
		&b.Version, scanTime(&b.AsOf), &b.Summary, &actors, &sticking, &b.Outlook)
	if err != nil {
		return r, err
	}
	b.ID = r.BriefID
	if err := decodeItems(actors, &b.Actors); err != nil {
		return r, err
	}
	return r, decodeItems(sticking, &b.StickingPoints)
}

// Revisions lists a brief's revisions, newest first.
func (s *Store) Revisions(ctx context.Context, briefID int64) ([]Revision, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+revisionColumns+` FROM brief_revisions r
		WHERE r.brief_id = ? ORDER BY r.id DESC`, briefID)
	if err != nil {
		return nil, fmt.Errorf("revisions of brief %d: %w", briefID, err)
	}
	defer rows.Close()
	var out []Revision
	for rows.Next() {
		r, err := scanRevision(rows)
		if err != nil {
			return nil, fmt.Errorf("revisions of brief %d: %w", briefID, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// LatestRevisionTime is when the brief's newest revision was saved, zero
// when it has none.
func (s *Store) LatestRevisionTime(ctx context.Context, briefID int64) (time.Time, error) {
	t, err := latestRevisionTime(ctx, s.read, briefID)
	if err != nil {
		return time.Time{}, fmt.Errorf("revisions of brief %d: %w", briefID, err)
	}
	return t, nil
}

// latestRevisionTime is LatestRevisionTime through q (the reader or a transaction).
func latestRevisionTime(ctx context.Context, q queryer, briefID int64) (time.Time, error) {
	var t time.Time
	err := q.QueryRowContext(ctx, `SELECT saved_at FROM brief_revisions WHERE brief_id = ?
		ORDER BY id DESC LIMIT 1`, briefID).Scan(scanTime(&t))
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	return t, err
}

// decodeItems reads a JSON array of list items.
func decodeItems(s string, items *[]string) error {
	if err := json.Unmarshal([]byte(s), items); err != nil {
		return fmt.Errorf("list items: %w", err)
	}
	return nil
}
