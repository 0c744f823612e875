package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing"
)

// CreateBrief stores a new brief and returns its id. The articles of
// b.Sources, in order, become its sources numbered 1..n; the other fields of
// each Source are ignored (Brief rebuilds them from the articles).
// CreatedAt and UpdatedAt are set to now when zero.
func (s *Store) CreateBrief(ctx context.Context, b briefing.Brief) (int64, error) {
	ids := make([]int64, len(b.Sources))
	for i, src := range b.Sources {
		ids[i] = src.ArticleID
	}
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = insertBrief(ctx, tx, b)
		if err != nil {
			return err
		}
		return setSources(ctx, tx, id, ids)
	})
	if err != nil {
		return 0, fmt.Errorf("create brief %q: %w", b.Title, err)
	}
	return id, nil
}

// insertBrief inserts b, with its id when b.ID is not 0.
func insertBrief(ctx context.Context, tx *sql.Tx, b briefing.Brief) (int64, error) {
	actors, sticking, err := itemsJSON(b)
	if err != nil {
		return 0, err
	}
	t := now()
	if b.CreatedAt.IsZero() {
		b.CreatedAt = t
	}
	if b.UpdatedAt.IsZero() {
		b.UpdatedAt = b.CreatedAt
	}
	var id any
	if b.ID != 0 {
		id = b.ID
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO briefs (id, title, author, handling, version, as_of,
		summary, actors, sticking_points, outlook, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, b.Title, b.Author, b.Handling, b.Version, formatTime(b.AsOf),
		b.Summary, actors, sticking, b.Outlook, formatTime(b.CreatedAt), formatTime(b.UpdatedAt))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// itemsJSON encodes the list sections. JSON keeps nil and empty apart and
// items with newlines intact, so the round trip is exact.
func itemsJSON(b briefing.Brief) (actors, sticking string, err error) {
	a, err := json.Marshal(b.Actors)
	if err != nil {
		return "", "", err
	}
	sp, err := json.Marshal(b.StickingPoints)
	if err != nil {
		return "", "", err
	}
	return string(a), string(sp), nil
}

// setSources replaces the brief's sources with articleIDs, in order.
func setSources(ctx context.Context, tx *sql.Tx, briefID int64, articleIDs []int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM brief_sources WHERE brief_id = ?`, briefID); err != nil {
		return err
	}
	seen := make(map[int64]bool, len(articleIDs))
	pos := 0
	for _, aid := range articleIDs {
		if seen[aid] {
			continue // citing one article twice would number it twice
		}
		seen[aid] = true
		if err := articleExists(ctx, tx, aid); err != nil {
			return fmt.Errorf("source article %d: %w", aid, err)
		}
		pos++
		if _, err := tx.ExecContext(ctx, `INSERT INTO brief_sources (brief_id, article_id, position)
			VALUES (?, ?, ?)`, briefID, aid, pos); err != nil {
			return err
		}
	}
	return nil
}

const briefColumns = `id, title, author, handling, version, as_of, summary, actors,
	sticking_points, outlook, created_at, updated_at`

func scanBrief(sc interface{ Scan(...any) error }) (briefing.Brief, error) {
	var b briefing.Brief
	var actors, sticking string
	err := sc.Scan(&b.ID, &b.Title, &b.Author, &b.Handling, &b.Version, scanTime(&b.AsOf),
		&b.Summary, &actors, &sticking, &b.Outlook, scanTime(&b.CreatedAt), scanTime(&b.UpdatedAt))
	if err != nil {
		return b, err
	}
	if err := json.Unmarshal([]byte(actors), &b.Actors); err != nil {
		return b, fmt.Errorf("actors: %w", err)
	}
	if err := json.Unmarshal([]byte(sticking), &b.StickingPoints); err != nil {
		return b, fmt.Errorf("sticking points: %w", err)
	}
	return b, nil
}

// Brief returns the brief with the given id, its Sources rebuilt from the
// linked articles and numbered 1..n in link order.
func (s *Store) Brief(ctx context.Context, id int64) (briefing.Brief, error) {
	b, err := scanBrief(s.read.QueryRowContext(ctx, `SELECT `+briefColumns+` FROM briefs WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return briefing.Brief{}, fmt.Errorf("brief %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return briefing.Brief{}, fmt.Errorf("brief %d: %w", id, err)
	}
	srcs, err := s.sources(ctx, []int64{id})
	if err != nil {
		return briefing.Brief{}, fmt.Errorf("brief %d: %w", id, err)
	}
	b.Sources = srcs[id]
	return b, nil
}

// Briefs lists all briefs, most recently updated first, with their sections
// and sources.
func (s *Store) Briefs(ctx context.Context) ([]briefing.Brief, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+briefColumns+` FROM briefs
		ORDER BY updated_at DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list briefs: %w", err)
	}
	defer rows.Close()
	var out []briefing.Brief
	var ids []int64
	for rows.Next() {
		b, err := scanBrief(rows)
		if err != nil {
			return nil, fmt.Errorf("list briefs: %w", err)
		}
		out = append(out, b)
		ids = append(ids, b.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list briefs: %w", err)
	}
	srcs, err := s.sources(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("list briefs: %w", err)
	}
	for i := range out {
		out[i].Sources = srcs[out[i].ID]
	}
	return out, nil
}

// sources returns the numbered sources of the given briefs.
func (s *Store) sources(ctx context.Context, briefIDs []int64) (map[int64][]briefing.Source, error) {
	out := make(map[int64][]briefing.Source, len(briefIDs))
	if len(briefIDs) == 0 {
		return out, nil
	}
	want := make(map[int64]bool, len(briefIDs))
	for _, id := range briefIDs {
		want[id] = true
	}
	q := `SELECT bs.brief_id, ` + summaryColumns + `
		FROM brief_sources bs JOIN articles a ON a.id = bs.article_id`
	var args []any
	if len(briefIDs) == 1 {
		q += ` WHERE bs.brief_id = ?`
		args = append(args, briefIDs[0])
	}
	q += ` ORDER BY bs.brief_id, bs.position`
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var briefID int64
		var a briefing.ArticleSummary
		err := rows.Scan(&briefID, &a.ID, &a.Title, &a.Outlet, &a.Author, &a.URL,
			scanTime(&a.Published), scanTime(&a.ImportedAt), &a.WordCount)
		if err != nil {
			return nil, err
		}
		if want[briefID] {
			out[briefID] = append(out[briefID], briefing.SourceFromArticle(len(out[briefID])+1, a))
		}
	}
	return out, rows.Err()
}

// UpdateBrief saves the sections and metadata (title, author, handling,
// version, as-of date) of brief b.ID and sets its UpdatedAt to now. It does
// not change the sources; see SetBriefSources.
func (s *Store) UpdateBrief(ctx context.Context, b briefing.Brief) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error { return updateBrief(ctx, tx, b) })
	if err != nil {
		return fmt.Errorf("update brief %d: %w", b.ID, err)
	}
	return nil
}

// updateBrief is UpdateBrief inside tx.
func updateBrief(ctx context.Context, tx *sql.Tx, b briefing.Brief) error {
	actors, sticking, err := itemsJSON(b)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE briefs SET title = ?, author = ?, handling = ?,
		version = ?, as_of = ?, summary = ?, actors = ?, sticking_points = ?, outlook = ?,
		updated_at = ? WHERE id = ?`,
		b.Title, b.Author, b.Handling, b.Version, formatTime(b.AsOf), b.Summary, actors,
		sticking, b.Outlook, formatTime(now()), b.ID)
	if err != nil {
		return err
	}
	return mustAffect(res)
}

// SetBriefSources replaces the sources of a brief: articleIDs in order
// become sources 1..n (an id given twice counts once).
func (s *Store) SetBriefSources(ctx context.Context, briefID int64, articleIDs []int64) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE briefs SET updated_at = ? WHERE id = ?`, formatTime(now()), briefID)
		if err != nil {
			return err
		}
		if err := mustAffect(res); err != nil {
			return err
		}
		return setSources(ctx, tx, briefID, articleIDs)
	})
	if err != nil {
		return fmt.Errorf("set sources of brief %d: %w", briefID, err)
	}
	return nil
}

// RemoveBrief deletes a brief (its articles stay in the archive).
func (s *Store) RemoveBrief(ctx context.Context, id int64) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM briefs WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res)
	})
	if err != nil {
		return fmt.Errorf("remove brief %d: %w", id, err)
	}
	return nil
}

// mustAffect turns an UPDATE or DELETE that touched no row into ErrNotFound.
func mustAffect(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}
